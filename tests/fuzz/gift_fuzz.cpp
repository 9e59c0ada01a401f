// libFuzzer target for the GIFT importer: any bytes must parse without a crash, a hang, a leak
// or undefined behaviour (built with -fsanitize=fuzzer,address,undefined, -DLECTERN_FUZZ=ON).
// A bank that imports is also written as a module, loaded back, exported to GIFT and parsed
// again, which walks the writer and the exporter too.
// Seeds: tests/data/gift-pegjs/questions/. Run:
//   build-fuzz/gift_fuzz -max_total_time=60 tests/data/gift-pegjs/questions
#include "gift/gift_export.h"
#include "gift/gift_import.h"
#include "gift/gift_parser.h"
#include "load/module_parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    lectern::gift::WriteOptions opt;
    lectern::gift::ImportResult r = lectern::gift::importGift(bytes, "fuzz.gift", opt);
    if (r.ok) {
        const lectern::ModuleLoad l = lectern::parseModuleText(r.markdown, "fuzz.md");
        const std::string again = lectern::gift::exportModule(*l.module);
        lectern::Diagnostics diags;
        lectern::gift::parseGift(again, "again.gift", diags);
    }
    lectern::gift::htmlToText(bytes);
    return 0;
}
