// Test runner for the core's unit tests (doctest). One file per core unit: test_<unit>.cpp.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
