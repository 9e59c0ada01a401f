// BundleJobs: facilitator mode's USB stick, on a worker thread of its own (SQLite and the disk
// never on the UI thread): "Export this computer's progress" writes one bundle into a folder
// (<host>-<time>.lectern); "Import from the folder" merges every .lectern file in it, one after
// another (bundle_files.h). The UI reads state() each frame; the worker calls `wake` when a
// job ends. One job at a time: a start while one runs is ignored.
#pragma once
#include "platform/one_job_worker.h"

#include <functional>
#include <string>
#include <vector>

namespace lectern::sync {

struct BundleJobsState {
    bool running = false;
    bool failed = false;
    std::vector<std::string> lines;  // the last job's result, one line per file (and notes)
    int finished = 0;
};

class BundleJobs {
public:
    // The destructor waits for a job under way (an import is one transaction: never cut).
    BundleJobs(std::string dbPath, std::function<void()> wake) : m_dbPath(std::move(dbPath)), m_worker(std::move(wake)) {}

    BundleJobsState state() const { return m_worker.state(); }
    void exportTo(std::string folder);
    void importFrom(std::string folder);

private:
    const std::string m_dbPath;
    platform::OneJobWorker<BundleJobsState> m_worker;
};

} // namespace lectern::sync
