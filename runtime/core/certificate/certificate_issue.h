// Issuing certificates: who may have one (complete under the course's completion rule, the
// same progress_rules the completion screen uses, through report/room_figures.h), the payload
// from their figures, signing, drawing, sealing, writing the file and recording the issue in
// the store (a certificate_issued event and the certificates row, one transaction).
// Used by `lectern certificate issue`, facilitator mode's "Issue certificates" and the
// completion screen's "Save certificate (PDF)": always off the UI thread.
#pragma once
#include "certificate/certificate.h"
#include "course/document.h"
#include "report/room_figures.h"
#include "store/profile_event_repository.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lectern::certificate {

// Who signs: `explicitIssuer`, else the deployment's (configDir()/issuer.name, written by
// `lectern keys init --issuer NAME`), else course.yaml's "issuer:". Empty when none is set.
std::string resolveIssuer(const Course& course, const std::string& explicitIssuer);
// course.yaml's "issuer:" (read from course.manifest); empty when none.
std::string courseIssuer(const Course& course);

// The learner chosen by --external-id (exact) or --learner (the profile name or the full
// name; exact, then ignoring case). nullopt with `error` when none or several match (the
// message lists them, with their external ids, so the facilitator can choose).
const report::LearnerFigures* findLearner(const report::RoomFigures& room, const std::string& name,
                                          const std::string& externalId, std::string& error);

// Empty when the learner completed the course; else what is missing, module by module
// ("The basics: 1 of 2 sections read; quiz "Check the basics" not passed").
std::string missingForCompletion(const Course& course, const report::LearnerFigures& learner);

struct Issued {
    Signed certificate;
    std::string path;
};

class Issuer {
public:
    // Opens the secret key and the progress file for writing (migrating it to the schema with
    // certificates when it is older). nullopt with `error`.
    static std::optional<Issuer> open(const std::filesystem::path& secretKeyPath, const std::string& dbPath,
                                      std::string issuerName, std::string& error);

    // Issues one, to `pdfPath`. nullopt with `error` (not complete: what is missing).
    std::optional<Issued> issue(const Course& course, const report::LearnerFigures& learner, const std::string& pdfPath,
                                store::Actor actor, std::string& error);

    const PublicKey& publicKey() const { return m_public; }

private:
    Issuer() = default;
    std::shared_ptr<SecretKey> m_key;
    PublicKey m_public;
    std::string m_dbPath, m_issuer;
};

// The file name a bulk issue gives a learner: "<external id or name>-<code>.pdf", with
// anything a file system may refuse replaced by '_'.
std::string certificateFileName(const report::LearnerFigures& learner, const std::string& code);

struct BulkResult {
    std::vector<Issued> issued;
    int notComplete = 0;          // learners skipped: not complete
    std::vector<std::string> errors;
};

// For every learner of `room` who completed the course, into `folder` (created 0700 if missing).
BulkResult issueAll(Issuer& issuer, const Course& course, const report::RoomFigures& room,
                    const std::filesystem::path& folder, store::Actor actor);

} // namespace lectern::certificate
