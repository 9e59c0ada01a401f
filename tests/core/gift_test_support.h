// What the GIFT tests share: a bank imported (gift_import.h) and the module it becomes loaded
// as `lectern check` loads it, with no errors allowed.
#pragma once
#include "gift/gift_import.h"
#include "load_test_util.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace lectern::test {

inline std::shared_ptr<Module> importedModule(const std::string& giftText) {
    gift::WriteOptions opt;
    opt.moduleId = "bank";
    gift::ImportResult r = gift::importGift(giftText, "bank.gift", opt);
    for (const Diagnostic& d : r.diagnostics.items()) INFO(d.format());
    REQUIRE(r.ok);
    ModuleLoad l = parseModuleText(r.markdown, "bank.md");
    INFO(r.markdown);
    INFO(messages(l));
    REQUIRE_FALSE(l.diagnostics.hasErrors());
    return l.module;
}

} // namespace lectern::test
