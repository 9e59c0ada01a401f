// Search over what the learner wrote: their section notes and the latest text of each
// reflection, from the progress snapshot the UI already holds (no SQLite: the text is small
// and in memory). It runs on the search index's worker with each query, and its hits come
// first, marked as the learner's own (HitKind::LearnerNote / LearnerReflection).
//
// Matching follows the index's rules closely enough for a learner's own words: case and
// accents folded (quiz::foldDiacritics), every searched word must occur as the start of a word
// of the text, the last one as a prefix (the learner may still be typing it).
#pragma once
#include "search/search_index.h"
#include "store/progress.h"

#include <string_view>
#include <vector>

namespace lectern::search {

std::vector<SearchHit> searchLearnerText(const Course& course, const ProgressSnapshot& progress,
                                         std::string_view userText, int limit = 20);

} // namespace lectern::search
