# All dependencies come from Debian 12 packages (tools/setup installs them).
find_package(PkgConfig REQUIRED)
find_package(SQLite3 REQUIRED)
# cmark-gfm (libcmark-gfm-dev + libcmark-gfm-extensions-dev): cmark's API plus GitHub's table
# and strikethrough extensions. Its pkg-config file links both libraries. (It replaces cmark:
# the two export the same symbols, so they cannot be linked together.)
pkg_check_modules(CMARK REQUIRED IMPORTED_TARGET GLOBAL libcmark-gfm)
add_library(cmark::cmark ALIAS PkgConfig::CMARK)
# Internationalised host names shown in punycode in the link dialog (core/util/url_parts).
pkg_check_modules(IDN2 REQUIRED IMPORTED_TARGET GLOBAL libidn2)
find_package(yaml-cpp REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(Threads REQUIRED)
# libuuid (uuid-dev): name-based statement ids (xapi/name_uuid.h)
pkg_check_modules(UUID REQUIRED IMPORTED_TARGET GLOBAL uuid)
# CLI11 (header-only): the one command-line parser of runtime/app.
find_package(CLI11 2 REQUIRED)
# utf8proc: Unicode normalisation, case folding and mark stripping of learners' answers.
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET GLOBAL libutf8proc)
# Module images: PNG and JPEG only, decoded by the libraries made for them (runtime/core/load/image_decode).
find_package(PNG REQUIRED)
find_package(JPEG REQUIRED)

# ImGui 1.86 from libimgui-dev: one static library that also holds the GLFW and OpenGL3
# backends and the FreeType rasteriser, so it needs FreeType and stb at link time.
find_package(glfw3 3.3 REQUIRED)
find_package(OpenGL REQUIRED)
find_package(Freetype REQUIRED)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
add_library(lectern_imgui INTERFACE)
target_link_libraries(lectern_imgui INTERFACE PkgConfig::IMGUI PkgConfig::STB Freetype::Freetype ${CMAKE_DL_LIBS})
target_include_directories(lectern_imgui INTERFACE /usr/include/imgui /usr/include/stb)

if(LECTERN_TESTS)
  find_package(Catch2 2 REQUIRED)
endif()
