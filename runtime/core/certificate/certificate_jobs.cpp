#include "certificate/certificate_jobs.h"

#include "certificate/certificate_issue.h"
#include "i18n/tr.h"
#include "platform/xdg_paths.h"

#include <cstdlib>
#include <filesystem>

namespace lectern::certificate {

namespace fs = std::filesystem;

std::string defaultCertificateFolder() {
    std::error_code ec;
    if (const char* home = std::getenv("HOME"); home && *home && fs::is_directory(fs::path(home) / "Documents", ec))
        return (fs::path(home) / "Documents" / "Lectern certificates").string();
    return (platform::dataDir() / "certificates").string();
}

// Every job also says whether the issuer's key is there (the screens offer issuing only then).
void CertificateJobs::start(std::function<void(JobsState&)> job) {
    m_worker.start([job = std::move(job)](JobsState& result) {
        std::error_code ec;
        result.keyExists = fs::exists(defaultSecretKeyPath(), ec);
        result.keyChecked = true;
        job(result);
    });
}

void CertificateJobs::checkKey() {
    start([](JobsState&) {});
}

void CertificateJobs::issueForLearner(const Course& course, LearnerId learner, std::string folder) {
    start([this, course, learner, folder = std::move(folder)](JobsState& s) {
        auto fail = [&](const std::string& message) {
            s.failed = true;
            s.message = message;
        };
        auto room = report::makeRoomFigures(m_dbPath, course, {});
        if (!room) return fail(room.error().message);
        const report::LearnerFigures* who = nullptr;
        for (const auto& l : room->learners)
            if (l.id == learner) who = &l;
        if (!who) return fail(tr("Your profile is not in the progress file; the certificate could not be made."));
        if (std::string missing = missingForCompletion(course, *who); !missing.empty()) return fail(missing);
        std::string error;
        auto issuer = Issuer::open(defaultSecretKeyPath(), m_dbPath, resolveIssuer(course, ""), error);
        if (!issuer) return fail(error);
        const std::string dir = folder.empty() ? defaultCertificateFolder() : folder;
        std::error_code ec;
        fs::create_directories(dir, ec);
        // The code is known once signed: a temporary name first, then the final one.
        const std::string tmp = (fs::path(dir) / (".issuing-" + std::to_string(learner) + ".pdf")).string();
        auto issued = issuer->issue(course, *who, tmp, store::Actor::Learner, error);
        if (!issued) return fail(error);
        fs::path final = fs::path(dir) / certificateFileName(*who, issued->certificate.code);
        fs::rename(tmp, final, ec);
        s.lastPath = ec ? tmp : final.string();
        s.message = formatText(tr("Saved your certificate (code %s) to %s"), issued->certificate.code.c_str(),
                               s.lastPath.c_str());
    });
}

void CertificateJobs::issueAll(const Course& course, std::string folder) {
    start([this, course, folder = std::move(folder)](JobsState& s) {
        auto room = report::makeRoomFigures(m_dbPath, course, {});
        if (!room) {
            s.failed = true;
            s.message = room.error().message;
            return;
        }
        std::string error;
        auto issuer = Issuer::open(defaultSecretKeyPath(), m_dbPath, resolveIssuer(course, ""), error);
        if (!issuer) {
            s.failed = true;
            s.message = error;
            return;
        }
        BulkResult bulk = certificate::issueAll(*issuer, course, *room, folder, store::Actor::Facilitator);
        s.lastPath = folder;
        s.failed = !bulk.errors.empty();
        // Shown in facilitator mode's certificates panel: translated, each count a real plural.
        const int issued = static_cast<int>(bulk.issued.size());
        s.message = formatText(trn("Issued %d certificate into %s.", "Issued %d certificates into %s.", issued), issued,
                               folder.c_str()) +
                    " " +
                    formatText(trn("%d learner has not completed the course.",
                                   "%d learners have not completed the course.", bulk.notComplete),
                               bulk.notComplete);
        for (const auto& e : bulk.errors) s.message += "\n" + e;
    });
}

} // namespace lectern::certificate
