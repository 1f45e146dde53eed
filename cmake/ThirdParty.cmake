# Third-party libraries, compiled from Debian source packages so that desktop and web use the same code.
#   imgui      Dear ImGui 1.86 (+ SDL2 and OpenGL3 backends)
#   snowball   the Snowball English stemmer (generated C from Debian's snowball source package)
#   csv        libcsv (RFC 4180 CSV parser)
# System packages: nlohmann_json, doctest (headers), SDL2 (libsdl2-dev natively; web: built by bootstrap).

if(EMSCRIPTEN)
  # Header-only; Debian installs it in /usr/include, which must not go on the wasm include path whole (its libc
  # headers would shadow Emscripten's). Link just the nlohmann folder into the build tree instead.
  find_path(NLOHMANN_JSON_DIR nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH REQUIRED)
  file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/third_party_include")
  file(CREATE_LINK "${NLOHMANN_JSON_DIR}/nlohmann" "${CMAKE_BINARY_DIR}/third_party_include/nlohmann" SYMBOLIC)
  add_library(nlohmann_json_headers INTERFACE)
  target_include_directories(nlohmann_json_headers SYSTEM INTERFACE "${CMAKE_BINARY_DIR}/third_party_include")
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json_headers)
else()
  find_package(nlohmann_json 3 REQUIRED)
endif()

# --- Dear ImGui --------------------------------------------------------------------------------------
set(IMGUI_DIR "${DHRV_DEPS}/imgui")
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp)
# No demo window, no obsolete API; 32-bit indices so long result lists never overflow a draw list.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_DEBUG_TOOLS "ImDrawIdx=unsigned int")

# --- SDL2 --------------------------------------------------------------------------------------------
if(EMSCRIPTEN)
  # Not find_package via CMAKE_PREFIX_PATH: under emcmake that finds Emscripten's stub config, which maps to
  # -sUSE_SDL=2 and a download that fails offline. Point at the exact folder instead.
  find_package(SDL2 CONFIG REQUIRED PATHS "${DHRV_DEPS}/sdl2-web" NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  set(DHRV_SDL2 SDL2::SDL2-static)
else()
  find_package(SDL2 REQUIRED)
  if(TARGET SDL2::SDL2)
    set(DHRV_SDL2 SDL2::SDL2)
  else()
    add_library(dhrv_sdl2 INTERFACE)
    target_include_directories(dhrv_sdl2 INTERFACE ${SDL2_INCLUDE_DIRS})
    target_link_libraries(dhrv_sdl2 INTERFACE ${SDL2_LIBRARIES})
    set(DHRV_SDL2 dhrv_sdl2)
  endif()
  find_package(OpenGL REQUIRED)
endif()

add_library(imgui_backends STATIC
  ${IMGUI_DIR}/backends/imgui_impl_sdl.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_backends SYSTEM PUBLIC ${IMGUI_DIR}/backends)
target_link_libraries(imgui_backends PUBLIC imgui ${DHRV_SDL2})
if(EMSCRIPTEN)
  # WebGL2 / GLSL "#version 300 es".
  target_compile_definitions(imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
else()
  target_link_libraries(imgui_backends PUBLIC OpenGL::GL ${CMAKE_DL_LIBS})
endif()

# --- Snowball English stemmer ------------------------------------------------------------------------
set(SNOWBALL_DIR "${DHRV_DEPS}/snowball")
add_library(snowball_english STATIC
  ${SNOWBALL_DIR}/src_c/stem_UTF_8_english.c ${SNOWBALL_DIR}/runtime/api.c ${SNOWBALL_DIR}/runtime/utilities.c)
target_include_directories(snowball_english SYSTEM PUBLIC ${SNOWBALL_DIR}/src_c ${SNOWBALL_DIR}/runtime)
target_compile_options(snowball_english PRIVATE -w)

# --- qpdf --------------------------------------------------------------------------------------------
# Natively Debian's libqpdf-dev; for the web, the same qpdf source package built by tools/bootstrap with zlib and
# libjpeg-turbo (Emscripten's own ports download and fail offline). qpdf repairs damaged files by throwing, so
# the files that call it are compiled with exceptions (DHRV_EXCEPTIONS_ON) and the web link enables them.
add_library(qpdf_lib INTERFACE)
target_compile_definitions(qpdf_lib INTERFACE POINTERHOLDER_TRANSITION=4)
if(EMSCRIPTEN)
  set(DHRV_PDF_WEB "${DHRV_DEPS}/pdf-web" CACHE PATH "zlib, libjpeg-turbo and qpdf built for the web (tools/bootstrap)")
  set(DHRV_WASM_EXCEPTIONS OFF CACHE BOOL "Native wasm exceptions (needs a writable Emscripten cache); else JS-emulated")
  if(DHRV_WASM_EXCEPTIONS)
    set(DHRV_EXCEPTIONS_ON -fwasm-exceptions)
  else()
    set(DHRV_EXCEPTIONS_ON -fexceptions)
  endif()
  target_include_directories(qpdf_lib SYSTEM INTERFACE "${DHRV_DEPS}/qpdf/include" "${DHRV_PDF_WEB}/include")
  target_link_libraries(qpdf_lib INTERFACE "${DHRV_PDF_WEB}/lib/libqpdf.a" "${DHRV_PDF_WEB}/lib/libjpeg.a"
    "${DHRV_PDF_WEB}/lib/libz.a")
  target_link_options(qpdf_lib INTERFACE ${DHRV_EXCEPTIONS_ON})
else()
  find_package(qpdf REQUIRED)
  target_link_libraries(qpdf_lib INTERFACE qpdf::libqpdf)
  set(DHRV_EXCEPTIONS_ON -fexceptions)
endif()

# --- libcsv ------------------------------------------------------------------------------------------
set(LIBCSV_DIR "${DHRV_DEPS}/libcsv")
add_library(csv STATIC ${LIBCSV_DIR}/libcsv.c)
target_include_directories(csv SYSTEM PUBLIC ${LIBCSV_DIR})
target_compile_options(csv PRIVATE -w)

target_compile_options(imgui PRIVATE -w)
target_compile_options(imgui_backends PRIVATE -w)
set_target_properties(imgui imgui_backends snowball_english csv PROPERTIES POSITION_INDEPENDENT_CODE ON)
