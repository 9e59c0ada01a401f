#include "certificate/certificate_issue.h"

#include "certificate/certificate_file.h"
#include "pdf/certificate_pdf.h"
#include "platform/private_files.h"
#include "report/hr_export.h"
#include "store/certificate_repository.h"
#include "store/database_open.h"
#include "store/schema.h"
#include "store/store_clock.h"
#include "store/store_connection.h"
#include "store/uuid.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <unistd.h>

namespace lectern::certificate {

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

std::string describe(const report::LearnerFigures& l) {
    std::string text = "\"" + l.fullName + "\"";
    if (l.name != l.fullName) text += " (profile \"" + l.name + "\")";
    if (!l.externalId.empty()) text += ", external id " + l.externalId;
    if (!l.group.empty()) text += ", group " + l.group;
    return text;
}

// The pass mark printed beside the score: the one every quiz of the course shares; none when
// quizzes differ (each was passed at its own mark, which is what completion asks).
std::optional<double> commonPassMark(const Course& course) {
    std::optional<double> mark;
    for (const auto& m : course.modules)
        for (const Quiz& q : m ? m->quizzes : std::vector<Quiz>{}) {
            if (mark && *mark != q.passPercent) return std::nullopt;
            mark = q.passPercent;
        }
    return mark;
}

bool complete(const report::LearnerFigures& l) {
    return l.course.status == report::Status::Completed || l.course.status == report::Status::Passed;
}

} // namespace

std::string courseIssuer(const Course& course) {
    if (course.manifest.empty()) return {};
    try {
        YAML::Node root = YAML::LoadFile(course.manifest);
        if (root.IsMap() && root["issuer"] && root["issuer"].IsScalar()) {
            std::string name = root["issuer"].as<std::string>();
            size_t a = name.find_first_not_of(" \t"), b = name.find_last_not_of(" \t");
            return a == std::string::npos ? std::string() : name.substr(a, b - a + 1);
        }
    } catch (const std::exception&) {
        // The loader has reported what is wrong with course.yaml; no issuer from it.
    }
    return {};
}

std::string resolveIssuer(const Course& course, const std::string& explicitIssuer) {
    if (!explicitIssuer.empty()) return explicitIssuer;
    std::ifstream in(defaultIssuerNamePath());
    std::string configured;
    if (in && std::getline(in, configured) && !configured.empty()) return configured;
    return courseIssuer(course);
}

const report::LearnerFigures* findLearner(const report::RoomFigures& room, const std::string& name,
                                          const std::string& externalId, std::string& error) {
    std::vector<const report::LearnerFigures*> found;
    if (!externalId.empty()) {
        for (const auto& l : room.learners)
            if (l.externalId == externalId) found.push_back(&l);
    } else {
        // A roster gives two "Sam Lee" the profiles "Sam Lee" and "Sam Lee (E005)": the name
        // asked for is matched against both, so that case is reported, not guessed.
        for (const auto& l : room.learners)
            if (l.name == name || l.fullName == name) found.push_back(&l);
        if (found.empty())
            for (const auto& l : room.learners)
                if (lower(l.name) == lower(name) || lower(l.fullName) == lower(name)) found.push_back(&l);
    }
    const std::string asked = externalId.empty() ? "named \"" + name + "\"" : "with external id " + externalId;
    if (found.size() == 1) return found.front();
    if (found.empty()) {
        error = "no learner " + asked + " in " + room.dbPath + " (see `lectern report --format csv` for every learner).";
        return nullptr;
    }
    error = std::to_string(found.size()) + " learners are " + asked + ":";
    for (const auto* l : found) error += "\n  " + describe(*l);
    error += "\nChoose one with --external-id ID, or --learner with the profile name.";
    return nullptr;
}

std::string missingForCompletion(const Course& course, const report::LearnerFigures& learner) {
    if (complete(learner)) return {};
    std::string out;
    size_t k = 0;
    for (const auto& m : course.modules) {
        if (!m) continue;
        const report::ModuleFigures& f = learner.modules.at(k++);
        if (f.figures.status == report::Status::Completed || f.figures.status == report::Status::Passed) continue;
        std::vector<std::string> parts;
        const int needed = int(std::ceil(course.completion.sectionsRead * f.figures.sectionsTotal - 1e-9));
        if (f.figures.sectionsRead < needed)
            parts.push_back(std::to_string(f.figures.sectionsRead) + " of " + std::to_string(f.figures.sectionsTotal) +
                            " sections read (" + std::to_string(needed) + " needed)");
        if (course.completion.quizzesPassed)
            for (size_t q = 0; q < f.quizzes.size() && q < m->quizzes.size(); ++q)
                if (!f.quizzes[q].passed)
                    parts.push_back("quiz \"" + (m->quizzes[q].title.empty() ? m->quizzes[q].id : m->quizzes[q].title) +
                                    "\" " + (f.quizzes[q].attempts ? "not passed yet" : "not tried"));
        if (course.completion.reflectionsAnswered && f.reflectionsWritten < int(m->reflections.size()))
            parts.push_back(std::to_string(f.reflectionsWritten) + " of " + std::to_string(m->reflections.size()) +
                            " reflections written");
        if (parts.empty()) parts.push_back("not complete");
        out += "\n  " + m->meta.title + ": ";
        for (size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
    }
    return learner.fullName + " has not completed \"" + course.title + "\" yet:" + out;
}

std::optional<Issuer> Issuer::open(const std::filesystem::path& secretKeyPath, const std::string& dbPath,
                                   std::string issuerName, std::string& error) {
    if (issuerName.empty()) {
        error = "no issuer is set: put \"issuer: NAME\" in the course's content/course.yaml, or run "
                "`lectern keys init --issuer NAME` (or pass --issuer NAME).";
        return std::nullopt;
    }
    std::optional<SecretKey> key = loadSecretKey(secretKeyPath, error);
    if (!key) return std::nullopt;
    // The certificates table came with schema 7: an older file is migrated (with its backup) once.
    std::optional<int> version = store::headerUserVersion(dbPath);
    if (!version) {
        error = "no progress database at " + dbPath + ": pass --db FILE.";
        return std::nullopt;
    }
    if (*version < store::kCertificatesSchemaVersion) {
        StoreOpenOptions options;
        options.path = dbPath;
        StoreOpenReport report;
        store::SqliteDb db;
        if (!store::openProgressDatabase(options, db, report)) {
            error = report.error;
            return std::nullopt;
        }
    }
    Issuer issuer;
    issuer.m_public = key->publicKey();
    issuer.m_key = std::make_shared<SecretKey>(std::move(*key));
    issuer.m_dbPath = dbPath;
    issuer.m_issuer = std::move(issuerName);
    return issuer;
}

std::optional<Issued> Issuer::issue(const Course& course, const report::LearnerFigures& learner, const std::string& pdfPath,
                                    store::Actor actor, std::string& error) {
    if (std::string missing = missingForCompletion(course, learner); !missing.empty()) {
        error = missing;
        return std::nullopt;
    }
    const int64_t now = store::nowMs();
    Payload p;
    p.id = store::makeUuidV4();
    p.learnerName = learner.fullName;
    p.learnerUuid = learner.uuid;
    p.externalId = learner.externalId;
    p.courseId = course.id;
    p.courseTitle = course.title;
    p.completedAt = report::isoUtcSeconds(learner.course.completedAtMs > 0 ? learner.course.completedAtMs : now);
    p.durationMinutes = learner.course.secondsOnTask / 60.0;
    if (learner.course.scorePercent) {  // a course with quizzes: they have a pass mark
        p.scorePercent = *learner.course.scorePercent;
        p.passPercent = commonPassMark(course);
    }
    p.issuer = m_issuer;
    p.issuedAt = report::isoUtcSeconds(now);
    Signed s = sign(p, *m_key);
    std::optional<std::string> pdf = pdf::certificatePdf(s, error);
    if (!pdf) return std::nullopt;
    if (!platform::writePrivateFile(pdfPath, sealPdf(*pdf, s, *m_key), error)) return std::nullopt;

    auto db = store::openStoreConnection(m_dbPath);
    store::StoreStatus recorded = db ? store::CertificateRepository(*db).record(
                                           {s.code, learner.id, course.id, s.payloadJson, base64url(s.signature), now}, actor)
                                     : store::StoreStatus(db.error());
    if (!recorded) {
        ::unlink(pdfPath.c_str());  // not recorded: not issued
        error = recorded.error().message;
        return std::nullopt;
    }
    return Issued{std::move(s), pdfPath};
}

std::string certificateFileName(const report::LearnerFigures& learner, const std::string& code) {
    std::string base = learner.externalId.empty() ? learner.fullName : learner.externalId;
    for (char& c : base)
        if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|' ||
            (static_cast<unsigned char>(c) < 0x20))
            c = '_';
    if (base.empty() || base[0] == '.') base = "_" + base;
    return base + "-" + code + ".pdf";
}

BulkResult issueAll(Issuer& issuer, const Course& course, const report::RoomFigures& room,
                    const std::filesystem::path& folder, store::Actor actor) {
    BulkResult r;
    std::error_code ec;
    platform::createPrivateDirectories(folder, ec);
    if (ec) {
        r.errors.push_back("cannot create the folder " + folder.string() + ": " + ec.message());
        return r;
    }
    for (const auto& l : room.learners) {
        if (!complete(l)) {
            ++r.notComplete;
            continue;
        }
        std::string error;
        // The code is known only once signed: write under a temporary name, then rename.
        std::string tmp = (folder / (".issuing-" + std::to_string(l.id) + ".pdf")).string();
        std::optional<Issued> issued = issuer.issue(course, l, tmp, actor, error);
        if (!issued) {
            r.errors.push_back(l.fullName + ": " + error);
            continue;
        }
        std::filesystem::path final = folder / certificateFileName(l, issued->certificate.code);
        std::filesystem::rename(tmp, final, ec);
        issued->path = ec ? tmp : final.string();
        r.issued.push_back(std::move(*issued));
    }
    return r;
}

} // namespace lectern::certificate
