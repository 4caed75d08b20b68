# Finds the few OpenCV modules Scorewright uses from Debian's per-module -dev packages
# (libopencv-core-dev, -imgproc-dev, -video-dev, -imgcodecs-dev) and makes an imported target
# OpenCV::<module> for each. Debian ships OpenCVConfig.cmake only in the libopencv-dev meta
# package, which pulls in every module (dnn, highgui, ...); we need four.
#
#   find_package(OpenCVComponents REQUIRED COMPONENTS core imgproc video)
find_path(OpenCVComponents_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4)
set(OpenCVComponents_FOUND TRUE)
foreach(module IN LISTS OpenCVComponents_FIND_COMPONENTS)
  find_library(OpenCVComponents_${module}_LIBRARY opencv_${module})
  if(OpenCVComponents_${module}_LIBRARY AND OpenCVComponents_INCLUDE_DIR)
    set(OpenCVComponents_${module}_FOUND TRUE)
    if(NOT TARGET OpenCV::${module})
      add_library(OpenCV::${module} UNKNOWN IMPORTED)
      set_target_properties(OpenCV::${module} PROPERTIES
        IMPORTED_LOCATION "${OpenCVComponents_${module}_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${OpenCVComponents_INCLUDE_DIR}")
    endif()
  else()
    set(OpenCVComponents_${module}_FOUND FALSE)
  endif()
endforeach()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(OpenCVComponents
  REQUIRED_VARS OpenCVComponents_INCLUDE_DIR HANDLE_COMPONENTS)
