// BundleJobs: facilitator mode's USB stick, on a worker thread of its own (SQLite and the disk
// never on the UI thread): "Export this computer's progress" writes one bundle into a folder
// (<host>-<time>.lectern); "Import from the folder" merges every .lectern file in it, one after
// another (bundle_files.h). The UI reads state() each frame; the worker calls `wake` when a
// job ends. One job at a time: a start while one runs is ignored.
#pragma once
#include <functional>
#include <mutex>
#include <string>
#include <thread>
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
    BundleJobs(std::string dbPath, std::function<void()> wake);
    ~BundleJobs();  // waits for a job under way (an import is one transaction: never cut)
    BundleJobs(const BundleJobs&) = delete;
    BundleJobs& operator=(const BundleJobs&) = delete;

    BundleJobsState state() const;
    void exportTo(std::string folder);
    void importFrom(std::string folder);

private:
    void start(std::function<void(BundleJobsState&)> job);
    const std::string m_dbPath;
    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    BundleJobsState m_state;
    std::thread m_worker;
};

} // namespace lectern::sync
