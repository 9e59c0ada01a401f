#include "sync/bundle_jobs.h"

#include "i18n/tr.h"

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
            s.lines.push_back(
                formatText(tr("No folder %s: insert the USB stick, or type the folder where it is mounted."), folder.c_str()));
            return;
        }
        const std::string file = (fs::path(folder) / (hostName() + "-" + util::compactUtc(util::nowMs()) + ".lectern")).string();
        auto done = exportProgressFile(m_dbPath, file);
        if (!done) {
            s.failed = true;
            s.lines.push_back(done.error().message);
            return;
        }
        const int learners = static_cast<int>(done->learners), records = static_cast<int>(done->events);
        const std::string who = formatText(trn("%d learner", "%d learners", learners), learners);
        const std::string what = formatText(trn("%d record", "%d records", records), records);
        // TRANSLATORS: "Exported 2 learners and 15 records to FILE (unsigned)."
        s.lines.push_back(done->signer.empty()
                              ? formatText(tr("Exported %s and %s to %s (unsigned)."), who.c_str(), what.c_str(), file.c_str())
                              : formatText(tr("Exported %s and %s to %s (signed by key %s)."), who.c_str(), what.c_str(),
                                           file.c_str(), done->signer.c_str()));
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
            s.lines.push_back(formatText(tr("Cannot read the folder %s: %s"), folder.c_str(), ec.message().c_str()));
            return;
        }
        std::sort(files.begin(), files.end());
        if (files.empty()) s.lines.push_back(formatText(tr("No .lectern file in %s."), folder.c_str()));
        for (const fs::path& f : files) {
            auto done = importProgressFile(m_dbPath, f.string());
            if (!done) {
                s.failed = true;
                s.lines.push_back(formatText(tr("%s: refused: %s"), f.filename().string().c_str(), done.error().message.c_str()));
                continue;
            }
            s.lines.push_back(formatText(tr("%s (from %s): %s"), f.filename().string().c_str(), done->manifest.machine.c_str(),
                                         done->summary.line().c_str()));
            for (const std::string& note : done->summary.notes) s.lines.push_back("  " + note);
        }
    });
}

} // namespace lectern::sync
