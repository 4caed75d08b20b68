# One helper declares every module and every test, so that all of them are built the same way.
#
#   sw_add_module(sw_music SOURCES a.cpp b.cpp PUBLIC Qt6::Core PRIVATE zlib)
#     A static library whose include root is core/ (so code writes #include "music/score.h").
#     Modules under core/ are recorded for the layering check (ScorewrightLayering.cmake).
#
#   sw_add_test(test_tempomap SOURCES test_tempomap.cpp LINKS sw_music LABEL unit)
#     One QtTest executable per test file, registered with CTest under a label
#     (unit, gui, e2e). GUI tests run on the offscreen platform.
function(sw_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR}/core ${CMAKE_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
  string(FIND "${CMAKE_CURRENT_SOURCE_DIR}" "${CMAKE_SOURCE_DIR}/core/" core_pos)
  if(core_pos EQUAL 0)
    set_property(GLOBAL APPEND PROPERTY SW_CORE_MODULES ${name})
    set_property(TARGET ${name} PROPERTY SW_SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
  endif()
endfunction()

function(sw_add_test name)
  cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LINKS;ENVIRONMENT" ${ARGN})
  if(NOT ARG_LABEL)
    set(ARG_LABEL unit)
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINKS})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    SW_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
    SW_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    SW_BINARY_DIR="${CMAKE_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES LABELS ${ARG_LABEL} TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${ARG_ENVIRONMENT}")
endfunction()
