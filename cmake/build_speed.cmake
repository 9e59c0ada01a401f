# What keeps a cold build (CI, a fresh clone) short on two cores. Neither changes the program.

# The linker: lld links the sanitised test programs (300 MB of debug information each) about
# 2.5 times faster than ld.bfd, gold about 1.5 times (measured on lectern_ui_tests). The first
# one the compiler can use is taken.
include(CheckLinkerFlag)
foreach(linker lld gold)
  check_linker_flag(CXX -fuse-ld=${linker} LECTERN_LINKER_${linker})
  if(LECTERN_LINKER_${linker})
    add_link_options(-fuse-ld=${linker})
    break()
  endif()
endforeach()

# lectern_precompile(TARGET HEADER...): precompiles the heavy headers a target's files share
# (nlohmann/json alone costs 4.5 s a file, Catch2 2.6 s). Skipped under a compiler launcher
# such as ccache, which does not cache files compiled against a precompiled header by default
# and is the faster way for a warm tree anyway.
function(lectern_precompile target)
  if(CMAKE_CXX_COMPILER_LAUNCHER OR NOT LECTERN_PRECOMPILE)
    return()
  endif()
  target_precompile_headers(${target} PRIVATE ${ARGN})
endfunction()
