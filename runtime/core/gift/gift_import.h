// `lectern import-gift` without the command line: a GIFT file -> module Markdown, all or
// nothing. The module written is parsed again as `lectern check` would: should the writer
// ever produce something the loader rejects, that is an error too and nothing is written.
#pragma once
#include "gift/gift_writer.h"

#include <string>

namespace lectern::gift {

struct ImportResult {
    bool ok = false;
    std::string markdown;     // the module; empty unless ok
    Diagnostics diagnostics;  // errors and warnings, FILE:LINE:COL
    size_t questions = 0;
};

// `bytes` is the content of `fileName` (used in diagnostics).
ImportResult importGift(std::string_view bytes, const std::string& fileName, const WriteOptions& options);

} // namespace lectern::gift
