# score_reports.cmake: the shared scorer (../shared/reports/score.py) on `dhrv export --format json` of a folder of
# report PDFs with truth files: every recommendation must be found, nothing extra, every text exact.
# Run by ctest with -DDHRV= -DSCORE= -DREPORTS= -DWORK=. The scorer lives in ../shared: without it beside the
# checkout the test says so and is left out (in CI, which always has it, its absence is a failure).
if(NOT EXISTS ${SCORE} OR NOT EXISTS ${REPORTS})
  if("$ENV{CI}" STREQUAL "true")
    message(FATAL_ERROR "CI runs every test, but ${SCORE} or ${REPORTS} is missing")
  endif()
  message("left out: needs ../shared/reports/score.py beside the checkout (${SCORE}); CI has it")
  return()
endif()
execute_process(COMMAND ${DHRV} export --format json ${REPORTS} OUTPUT_FILE ${WORK}/export.json RESULT_VARIABLE code
  ERROR_VARIABLE err)
if(NOT code EQUAL 0 AND NOT code EQUAL 1)
  message(FATAL_ERROR "dhrv export ${REPORTS}: exit ${code}\n${err}")
endif()
execute_process(COMMAND python3 ${SCORE} ${REPORTS} ${WORK}/export.json RESULT_VARIABLE code OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
message("${out}")
if(NOT code EQUAL 0 OR NOT out MATCHES "overall: recall 100.0%, precision 100.0%, exact 100.0%")
  message(FATAL_ERROR "score.py on ${REPORTS}: not every recommendation exact\n${err}")
endif()
