// CertificateJobs: issuing certificates for the app, on a worker thread of its own (keys,
// SQLite, Pango and the disk never run on the UI thread). The completion screen's "Save
// certificate (PDF)" issues the signed-in learner's; facilitator mode's "Issue certificates"
// issues one for every completer into a folder. The UI reads state() each frame; the worker
// calls `wake` (glfwPostEmptyEvent in the app) when a job ends so the loop draws the result.
// One job at a time (platform/one_job_worker.h): a start while one runs is ignored.
#pragma once
#include "course/document.h"
#include "platform/one_job_worker.h"
#include "store/profile_event_repository.h"
#include "store/progress.h"

#include <functional>
#include <string>

namespace lectern::certificate {

struct JobsState {
    bool keyChecked = false;  // the worker has looked for the issuer's key
    bool keyExists = false;   // configDir()/issuer.key is there
    bool running = false;
    bool failed = false;
    std::string message;      // the last job's result, for the screen
    std::string lastPath;     // the last file (one learner) or folder (all) written
    int finished = 0;         // jobs finished so far
};

class CertificateJobs {
public:
    // `dbPath`: the progress file the app's store opened (and migrated).
    // The destructor waits for a job under way.
    CertificateJobs(std::string dbPath, std::function<void()> wake) : m_dbPath(std::move(dbPath)), m_worker(std::move(wake)) {}

    JobsState state() const { return m_worker.state(); }

    // Looks (on the worker) for the issuer's key; the state says when it has.
    void checkKey();
    // The learner's own certificate, into `folder` (empty: defaultCertificateFolder()).
    void issueForLearner(const Course& course, LearnerId learner, std::string folder = {});
    // One per learner who completed, into `folder`.
    void issueAll(const Course& course, std::string folder);

private:
    void start(std::function<void(JobsState&)> job);
    const std::string m_dbPath;
    platform::OneJobWorker<JobsState> m_worker;
};

// Where the learner's certificate is saved: ~/Documents/Lectern certificates when there is a
// ~/Documents, else $XDG_DATA_HOME/lectern/certificates. Touches the disk: not the UI thread.
std::string defaultCertificateFolder();

} // namespace lectern::certificate
