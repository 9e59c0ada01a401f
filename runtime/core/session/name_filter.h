// The start screen's type-to-filter: a name matches when each word typed is the beginning of
// some word of the name, in any script, case and accents ignored ("ok" finds "Chidi Okafor",
// "zoe ang" finds "Zoë Ångström", "мо" finds "Дмитрий Морозов"). Words are split at anything
// that is not a letter, digit or mark ("park" finds "Lee-Park"). A name is folded once
// (nameKey, on the profile worker: ProfileState::keys); a keystroke folds only the query, so
// filtering 500 learners costs microseconds on the UI thread (no SQLite, no allocation per name).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace lectern::session {

struct NameKey {
    std::vector<std::string> words;  // folded (utf8proc case folding, marks stripped)
};

NameKey nameKey(std::string_view name);
// The typed text's folded words; empty: every name matches.
std::vector<std::string> queryWords(std::string_view typed);
bool matchesQuery(const NameKey& name, const std::vector<std::string>& query);

} // namespace lectern::session
