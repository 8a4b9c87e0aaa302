# Writes OUT (a C++ include) with the source tree's git revision, run at build
# time (lib/Support/CMakeLists.txt) so that --version names the commit the
# tools were built from. The file is rewritten only when its text changes,
# so an unchanged tree rebuilds nothing. Without git (an exported tree) the
# revision is "unknown".
find_package(Git QUIET)
set(revision "unknown")
set(date "")
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SRC} describe --always --dirty --abbrev=12
                  OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_QUIET
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(rc EQUAL 0 AND NOT out STREQUAL "")
    set(revision "${out}")
    execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SRC} log -1 --format=%cs
                    OUTPUT_VARIABLE date ERROR_QUIET
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
  endif()
endif()
set(text "#define XYZ_REVISION \"${revision}\"\n#define XYZ_REVISION_DATE \"${date}\"\n")
if(EXISTS ${OUT})
  file(READ ${OUT} old)
else()
  set(old "")
endif()
if(NOT old STREQUAL text)
  file(WRITE ${OUT} "${text}")
endif()
