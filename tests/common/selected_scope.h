// Tests that select a learner and then submit for them: the scope of the store's selected
// learner and course (ProgressStore::submit takes the scope explicitly).
#pragma once
#include "store/progress_store.h"

namespace lectern::test {

inline ProgressScope selectedScope(const ProgressStore& store) {
    auto snap = store.snapshot();
    return snap ? ProgressScope{snap->learner, snap->courseId} : ProgressScope{};
}

} // namespace lectern::test
