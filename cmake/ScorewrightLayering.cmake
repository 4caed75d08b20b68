# The rule that keeps the architecture true: nothing under core/ depends on Qt Widgets or
# Qt Multimedia, neither by linking (directly or through another library) nor by including
# their headers. Checked at configure time, so a violation never reaches a build.
set(SW_FORBIDDEN_CORE_LINKS
  Qt6::Widgets Qt6::Multimedia Qt6::MultimediaWidgets Qt6::OpenGLWidgets Qt6::QuickWidgets)
set(SW_FORBIDDEN_CORE_INCLUDE_REGEX
  "#[ \t]*include[ \t]*[<\"](QtWidgets|QtMultimedia|QtMultimediaWidgets|QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QMediaPlayer)[/>\"]")

# Collects every library `target` links, following other targets' interface links.
function(_sw_collect_links target out_var)
  set(seen "")
  set(queue ${target})
  while(queue)
    list(POP_FRONT queue current)
    if(current IN_LIST seen)
      continue()
    endif()
    list(APPEND seen ${current})
    if(TARGET ${current})
      get_target_property(aliased ${current} ALIASED_TARGET)
      if(aliased)
        list(APPEND queue ${aliased})
      endif()
      get_target_property(direct ${current} LINK_LIBRARIES)
      get_target_property(iface ${current} INTERFACE_LINK_LIBRARIES)
      foreach(dep IN LISTS direct iface)
        if(dep AND NOT dep MATCHES "NOTFOUND$")
          string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
          list(APPEND queue ${dep})
        endif()
      endforeach()
    endif()
  endwhile()
  set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(sw_check_core_layering)
  get_property(modules GLOBAL PROPERTY SW_CORE_MODULES)
  foreach(module IN LISTS modules)
    _sw_collect_links(${module} links)
    foreach(forbidden IN LISTS SW_FORBIDDEN_CORE_LINKS)
      if(forbidden IN_LIST links)
        message(FATAL_ERROR
          "Layering violation: core module ${module} links ${forbidden}. "
          "core/ must stay free of Qt Widgets and Qt Multimedia; put GUI code in ui/.")
      endif()
    endforeach()
    get_target_property(dir ${module} SW_SOURCE_DIR)
    file(GLOB_RECURSE files "${dir}/*.h" "${dir}/*.cpp")
    foreach(file IN LISTS files)
      file(STRINGS "${file}" hits REGEX "${SW_FORBIDDEN_CORE_INCLUDE_REGEX}")
      if(hits)
        message(FATAL_ERROR
          "Layering violation: ${file} includes a GUI header (${hits}). "
          "core/ must stay free of Qt Widgets and Qt Multimedia.")
      endif()
    endforeach()
  endforeach()
  list(LENGTH modules count)
  message(STATUS "Layering check: ${count} core modules free of Qt Widgets and Qt Multimedia")
endfunction()
