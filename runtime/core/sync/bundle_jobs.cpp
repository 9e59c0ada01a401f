#include "sync/bundle_jobs.h"

#include "sync/bundle_files.h"
#include "util/time_format.h"

#include <algorithm>
#include <filesystem>
#include <unistd.h>

namespace lectern::sync {

namespace fs = std::filesystem;

namespace {

std::string hostName() {
    char host[256] = {0};
    if (::gethostname(host, sizeof host - 1) != 0 || !host[0]) return "lectern";
    std::string h = host;
    for (char& c : h)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') c = '-';
    return h;
}

} // namespace

void BundleJobs::exportTo(std::string folder) {
    m_worker.start([this, folder = std::move(folder)](BundleJobsState& s) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) {
            s.failed = true;
            s.lines.push_back("No folder " + folder + ": insert the USB stick, or type the folder where it is mounted.");
            return;
        }
        const std::string file = (fs::path(folder) / (hostName() + "-" + util::compactUtc(util::nowMs()) + ".lectern")).string();
        auto done = exportProgressFile(m_dbPath, file);
        if (!done) {
            s.failed = true;
            s.lines.push_back(done.error().message);
            return;
        }
        s.lines.push_back("Exported " + std::to_string(done->learners) + " learners and " + std::to_string(done->events) +
                          " records to " + file + (done->signer.empty() ? " (unsigned)." : " (signed by key " + done->signer + ")."));
    });
}

void BundleJobs::importFrom(std::string folder) {
    m_worker.start([this, folder = std::move(folder)](BundleJobsState& s) {
        std::error_code ec;
        std::vector<fs::path> files;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".lectern" && it->is_regular_file(ec)) files.push_back(it->path());
        if (ec && files.empty()) {
            s.failed = true;
            s.lines.push_back("Cannot read the folder " + folder + ": " + ec.message());
            return;
        }
        std::sort(files.begin(), files.end());
        if (files.empty()) s.lines.push_back("No .lectern file in " + folder + ".");
        for (const fs::path& f : files) {
            auto done = importProgressFile(m_dbPath, f.string());
            if (!done) {
                s.failed = true;
                s.lines.push_back(f.filename().string() + ": refused: " + done.error().message);
                continue;
            }
            s.lines.push_back(f.filename().string() + " (from " + done->manifest.machine + "): " + done->summary.line());
            for (const std::string& note : done->summary.notes) s.lines.push_back("  " + note);
        }
    });
}

} // namespace lectern::sync
