// Turns SQLite failures into sentences a learner can act on. The learner's answers are always
// kept in memory and retried, so every message says so.
#pragma once
#include <string>

namespace lectern::store {
// A write of a learner record failed with `extendedCode` (an SQLite extended result code).
std::string describeSaveFailure(int extendedCode, const std::string& sqliteMessage, const std::string& dbPath);
// The database could not be opened or created at all.
std::string describeOpenFailure(int extendedCode, const std::string& sqliteMessage, const std::string& dbPath);
}
