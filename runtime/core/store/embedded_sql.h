// The schema scripts in store/sql/*.sql, compiled into the binary by cmake/embed.cmake
// (lectern_embed_text), so a migration can never be missing at run time.
#pragma once
#include <string_view>

namespace lectern::embedded {
// The text of store/sql/<fileName>, or an empty view when there is no such file.
std::string_view sql(std::string_view fileName);
}
