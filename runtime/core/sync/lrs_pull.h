// `lectern sync --pull`: the course's statements fetched back from the LRS, page by page
// through `more` (relative to the host, not the endpoint), so a facilitator's laptop can show
// every machine's learners in its dashboard. The caller imports them (statement_import.h).
#pragma once
#include "sync/lrs_client.h"

#include <string>
#include <vector>

namespace lectern::sync {

struct PullResult {
    std::vector<std::string> statements;  // compact JSON, as the LRS gave them
    int pages = 0;
    std::string error;                    // empty on success
};

// GET statements?activity=COURSE_IRI&related_activities=true, then every `more`. Stops at the
// first error, keeping the statements of the pages read.
PullResult pullCourseStatements(LrsClient& client, const std::string& courseIri, int pageSize = 500);

} // namespace lectern::sync
