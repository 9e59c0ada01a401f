// Certificates (core/certificate, core/pdf): the typed code, the issuer's keys, the signed
// payload, the sealed PDF refusing one changed byte, a forged code and a wrong key, and
// issuing on a real progress file written by the real store: refused to a learner who has not
// completed (saying what is missing), recorded as an event, its code in the HR export.
#include "../common/selected_scope.h"
#include "certificate/certificate_code.h"
#include "certificate/certificate_file.h"
#include "certificate/certificate_issue.h"
#include "certificate/certificate_jobs.h"
#include "certificate/certificate_verify.h"
#include "pdf/certificate_pdf.h"
#include "pdf/table_pdf.h"
#include "report/hr_export.h"
#include "store_test_course.h"
#include "store_test_support.h"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>

using namespace lectern;
using namespace store_test;
using certificate::CodeVerdict;
using certificate::Verdict;

namespace {

unsigned modeOf(const std::string& path) {
    struct stat st{};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

struct Keys {
    TempDir dir;
    std::string secret = dir.file("keys/issuer.key"), pub = dir.file("keys/issuer.pub");
    Keys() { REQUIRE(certificate::createKeyPair(secret, pub, false).ok); }
    certificate::SecretKey sk() const {
        std::string error;
        auto k = certificate::loadSecretKey(secret, error);
        INFO(error);
        REQUIRE(k);
        return std::move(*k);
    }
    certificate::PublicKey pk() const {
        std::string error;
        auto k = certificate::loadPublicKey(pub, error);
        REQUIRE(k);
        return *k;
    }
};

certificate::Payload samplePayload(const std::string& name = "Amina Hassan") {
    certificate::Payload p;
    p.learnerName = name;
    p.learnerUuid = "0b7e8c1a-0000-4000-8000-000000000001";
    p.courseId = "room";
    p.courseTitle = "Onboarding day";
    p.completedAt = "2026-12-01T10:00:00Z";
    p.durationMinutes = 42.25;
    p.scorePercent = 200.0 / 3;
    p.passPercent = 60;
    p.issuer = "Ministry of Examples";
    p.issuedAt = "2026-12-02T05:00:00Z";
    return p;
}

std::string sealedPdf(const certificate::Signed& s, const certificate::SecretKey& sk) {
    std::string error;
    auto pdf = pdf::certificatePdf(s, error);
    INFO(error);
    REQUIRE(pdf);
    return certificate::sealPdf(*pdf, s, sk);
}

} // namespace

TEST_CASE("certificate code: Crockford base32, typed back in any case and with confusables", "[certificate]") {
    CHECK(certificate::crockfordEncode(std::string("\xff\xff", 2), 4) == "ZZZG");
    CHECK(certificate::crockfordEncode(std::string("\x00\x44\x32\x14\xc7", 5), 8) == "01234567");

    std::string code = certificate::codeFromSignature(std::string(64, '\x07'));
    REQUIRE(code.size() == 14);
    CHECK(code[4] == '-');
    CHECK(code[9] == '-');
    CHECK(code.find_first_of("ILOU") == std::string::npos);
    CHECK(certificate::codeFromSignature(std::string(64, '\x08')) != code);

    CHECK(certificate::normalizeCode("k7q2-9xmd-41tb") == "K7Q2-9XMD-41TB");
    CHECK(certificate::normalizeCode("K7Q2 9XMD 41TB") == "K7Q2-9XMD-41TB");
    CHECK(certificate::normalizeCode("k7q29xmd41tb") == "K7Q2-9XMD-41TB");
    CHECK(certificate::normalizeCode("OoIi-Ll00-1111") == "0011-1100-1111");  // O -> 0, I/L -> 1
    CHECK_FALSE(certificate::normalizeCode("K7Q2-9XMD-41TU"));                 // U is not in the alphabet
    CHECK_FALSE(certificate::normalizeCode("K7Q2-9XMD-41T"));                  // too short
    CHECK_FALSE(certificate::normalizeCode("K7Q2-9XMD-41TBB"));                // too long
    CHECK_FALSE(certificate::normalizeCode("K7Q2-9XMD-41T#"));
    CHECK(certificate::normalizeCode(code) == code);
}

TEST_CASE("issuer keys: secret 0600, no overwrite without --force, a shared secret refused", "[certificate]") {
    TempDir dir;
    const std::string secret = dir.file("cfg/lectern/issuer.key"), pub = dir.file("cfg/lectern/issuer.pub");
    auto first = certificate::createKeyPair(secret, pub, false);
    REQUIRE(first.ok);
    CHECK(modeOf(secret) == 0600);
    CHECK(modeOf(dir.file("cfg/lectern")) == 0700);
    CHECK(first.publicKey.fingerprint().size() == 19);

    auto again = certificate::createKeyPair(secret, pub, false);
    CHECK_FALSE(again.ok);
    CHECK(again.error.find("--force") != std::string::npos);
    std::string error;
    CHECK(certificate::loadPublicKey(pub, error)->bytes == first.publicKey.bytes);  // unchanged

    auto forced = certificate::createKeyPair(secret, pub, true);
    REQUIRE(forced.ok);
    CHECK(forced.publicKey.bytes != first.publicKey.bytes);
    CHECK(modeOf(secret) == 0600);
    auto sk = certificate::loadSecretKey(secret, error);
    REQUIRE(sk);
    CHECK(sk->publicKey().bytes == forced.publicKey.bytes);

    ::chmod(secret.c_str(), 0644);
    CHECK_FALSE(certificate::loadSecretKey(secret, error));
    CHECK(error.find("chmod 600") != std::string::npos);
    writeBytes(pub, "not a key\n");
    CHECK_FALSE(certificate::loadPublicKey(pub, error));
    CHECK(error.find(pub + ":1: error:") != std::string::npos);
}

TEST_CASE("signed payload: verifies with its key only, any change refused, QR text round trip", "[certificate]") {
    Keys keys, other;
    auto s = certificate::sign(samplePayload(), keys.sk());
    CHECK(certificate::signatureValid(s.payloadJson, s.signature, keys.pk()));
    CHECK_FALSE(certificate::signatureValid(s.payloadJson, s.signature, other.pk()));
    std::string changed = s.payloadJson;
    changed[changed.find("Amina")] = 'E';
    CHECK_FALSE(certificate::signatureValid(changed, s.signature, keys.pk()));
    CHECK(s.payload.keyFingerprint == keys.pk().fingerprint());
    CHECK(s.payloadJson.find("\"score_percent\":\"66.7\"") != std::string::npos);

    auto back = certificate::fromQrText(certificate::qrText(s));
    REQUIRE(back);
    CHECK(back->payloadJson == s.payloadJson);
    CHECK(back->code == s.code);
    CHECK_FALSE(certificate::fromQrText("LECTERN-CERT1.abc.def"));
    CHECK_FALSE(certificate::parsePayload("{\"v\":1}"));
}

TEST_CASE("sealed PDF: genuine as issued; one changed byte anywhere, another key, no seal: refused", "[certificate]") {
    Keys keys, other;
    auto sk = keys.sk();
    auto s = certificate::sign(samplePayload("أمينة الحسيني"), sk);
    const std::string file = sealedPdf(s, sk);
    REQUIRE(file.rfind("%PDF-", 0) == 0);

    auto ok = certificate::verifyPdf(file, keys.pk());
    CHECK(ok.verdict == Verdict::Genuine);
    REQUIRE(ok.certificate);
    CHECK(ok.certificate->code == s.code);

    // Every byte of the seal line and a spread of the drawing's: each one change is refused.
    const size_t seal = file.rfind("\n%LECTERN-CERT1 ");
    REQUIRE(seal != std::string::npos);
    int tried = 0, accepted = 0;
    auto flip = [&](size_t i, char delta) {
        std::string copy = file;
        copy[i] = char(copy[i] ^ delta);
        ++tried;
        if (certificate::verifyPdf(copy, keys.pk()).verdict == Verdict::Genuine) ++accepted;
    };
    for (size_t i = 0; i < seal; i += 131) flip(i, 0x01);
    for (size_t i = seal; i < file.size(); ++i) flip(i, 0x20);
    INFO(tried << " copies tried");
    CHECK(accepted == 0);
    std::string printedCode = file;
    printedCode[seal - 200] ^= 0x01;
    CHECK(certificate::verifyPdf(printedCode, keys.pk()).verdict == Verdict::Tampered);
    CHECK(certificate::verifyPdf(file + "x", keys.pk()).verdict != Verdict::Genuine);
    CHECK(certificate::verifyPdf(file.substr(0, file.size() - 1), keys.pk()).verdict == Verdict::Tampered);

    auto wrong = certificate::verifyPdf(file, other.pk());
    CHECK(wrong.verdict == Verdict::WrongKey);
    CHECK(wrong.message.find(keys.pk().fingerprint()) != std::string::npos);
    CHECK(certificate::verifyPdf(file.substr(0, seal + 1), keys.pk()).verdict == Verdict::NotACertificate);

    // A seal moved onto another certificate's drawing does not fit it.
    auto s2 = certificate::sign(samplePayload("Ben Other"), sk);
    const std::string file2 = sealedPdf(s2, sk);
    const std::string moved = file2.substr(0, file2.rfind("\n%LECTERN-CERT1 ")) + file.substr(seal);
    CHECK(certificate::verifyPdf(moved, keys.pk()).verdict == Verdict::Tampered);
}

namespace {

// Module "m": sections s1, s2 and quiz "check" (one question, pass 60%); module "n": t1.
Course certificateCourse() {
    Course c = makeCourse("room", {{"m", {"s1", "s2"}, {"check"}, {}}, {"n", {"t1"}, {}, {}}});
    c.title = "Onboarding day";
    return c;
}

struct IssueRoom {
    TempDir dir;
    StoreOpenOptions options = optionsFor(dir);
    Course course = certificateCourse();
    Keys keys;

    IssueRoom() {
        auto store = openOk(options);
        std::string error;
        auto as = [&](const char* name) {
            REQUIRE(store->selectLearner(store->ensureLearner(name), "room", error));
            return lectern::test::selectedScope(*store);
        };
        ProgressScope ana = as("Ana");  // everything done
        for (auto s : {"s1", "s2"}) store->submit(ana, MarkSectionRead{{"m", s}});
        store->submit(ana, MarkSectionRead{{"n", "t1"}});
        store->submit(ana, AddTimeOnTask{{"m", "s1"}, 600});
        store->submit(ana, RecordQuizAttempt{"m", "check", "{\"check-q1\":\"a\"}", 1, 1, true});
        ProgressScope ben = as("Ben");  // one section read, the quiz failed
        store->submit(ben, MarkSectionRead{{"m", "s1"}});
        store->submit(ben, RecordQuizAttempt{"m", "check", "{\"check-q1\":\"b\"}", 0, 1, false});
        as("Ana B");
        REQUIRE(store->flush(10000));
    }
    void sql(const std::string& text) {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(options.path.c_str(), &db) == SQLITE_OK);
        char* message = nullptr;
        int rc = sqlite3_exec(db, text.c_str(), nullptr, nullptr, &message);
        std::string m = message ? message : "";
        sqlite3_free(message);
        sqlite3_close(db);
        INFO(m);
        REQUIRE(rc == SQLITE_OK);
    }
    report::RoomFigures figures() {
        auto f = report::makeRoomFigures(options.path, course, {});
        REQUIRE(f);
        return *f;
    }
    certificate::Issuer issuer() {
        std::string error;
        auto i = certificate::Issuer::open(keys.secret, options.path, "Ministry of Examples", error);
        INFO(error);
        REQUIRE(i);
        return std::move(*i);
    }
};

} // namespace

TEST_CASE("issuing: refused to a learner who has not completed, saying what is missing", "[certificate]") {
    IssueRoom room;
    auto f = room.figures();
    std::string error;
    const report::LearnerFigures* ben = certificate::findLearner(f, "Ben", "", error);
    REQUIRE(ben);
    std::string missing = certificate::missingForCompletion(room.course, *ben);
    CHECK(missing.find("Module m: 1 of 2 sections read (2 needed); quiz \"Quiz check\" not passed yet") != std::string::npos);
    CHECK(missing.find("Module n: 0 of 1 sections read") != std::string::npos);
    auto issuer = room.issuer();
    const std::string out = room.dir.file("ben.pdf");
    CHECK_FALSE(issuer.issue(room.course, *ben, out, store::Actor::CommandLine, error));
    CHECK(error == missing);
    CHECK_FALSE(std::filesystem::exists(out));
    CHECK(queryInt(room.options.path, "SELECT count(*) FROM certificates") == 0);

    // Ambiguity: "ana b" matches one profile exactly by name ignoring case; "Nobody" none.
    CHECK(certificate::findLearner(f, "ana b", "", error)->name == "Ana B");
    CHECK_FALSE(certificate::findLearner(f, "Nobody", "", error));
    CHECK(error.find("no learner named \"Nobody\"") != std::string::npos);
    room.sql("UPDATE learners SET full_name = 'Ana Full', external_id = 'E1' WHERE name = 'Ana';"
             "UPDATE learners SET full_name = 'Ana Full', external_id = 'E2' WHERE name = 'Ana B';");
    auto f2 = room.figures();
    CHECK_FALSE(certificate::findLearner(f2, "Ana Full", "", error));
    CHECK(error.find("2 learners are named \"Ana Full\"") != std::string::npos);
    CHECK(error.find("external id E1") != std::string::npos);
    CHECK(error.find("external id E2") != std::string::npos);
    CHECK(certificate::findLearner(f2, "", "E1", error)->name == "Ana");
}

TEST_CASE("issuing: a recorded event, the code in the HR export, verified by code; forged and tampered refused",
          "[certificate][facilitator]") {
    IssueRoom room;
    CHECK(report::hrRecords(room.figures(), false)[0].certificateCode.empty());
    auto f = room.figures();
    std::string error;
    const report::LearnerFigures* ana = certificate::findLearner(f, "Ana", "", error);
    REQUIRE(ana);
    auto issuer = room.issuer();
    const std::string out = room.dir.file("ana.pdf");
    auto issued = issuer.issue(room.course, *ana, out, store::Actor::CommandLine, error);
    INFO(error);
    REQUIRE(issued);
    CHECK(modeOf(out) == 0600);
    const auto& p = issued->certificate.payload;
    CHECK(p.learnerName == "Ana");
    CHECK(p.issuer == "Ministry of Examples");
    CHECK(p.durationMinutes == Approx(10));
    REQUIRE(p.scorePercent);
    CHECK(*p.scorePercent == Approx(100));
    CHECK(certificate::verifyPdf(readBytes(out), room.keys.pk()).verdict == Verdict::Genuine);

    const std::string code = issued->certificate.code;
    CHECK(queryText(room.options.path, "SELECT kind || ' ' || detail FROM profile_events ORDER BY seq DESC LIMIT 1") ==
          "certificate_issued {\"code\":\"" + code + "\"}");
    auto records = report::hrRecords(room.figures(), false);
    for (const auto& r : records) CHECK(r.certificateCode == (r.fullName == "Ana" ? code : ""));
    CHECK(report::hrCsv(records, false).find("," + code + "\r\n") != std::string::npos);
    for (const auto& r : report::hrRecords(room.figures(), true))
        if (r.fullName == "Ana") CHECK(r.certificateCode == code);

    std::string lower = code;
    for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
    CHECK(certificate::verifyCode(code, room.options.path, room.keys.pk()).verdict == CodeVerdict::Genuine);
    CHECK(certificate::verifyCode(lower, room.options.path, room.keys.pk()).verdict == CodeVerdict::Genuine);
    CHECK(certificate::verifyCode(code, room.options.path, Keys().pk()).verdict == CodeVerdict::WrongKey);
    std::string forged = code;
    forged[0] = forged[0] == 'A' ? 'B' : 'A';
    auto f1 = certificate::verifyCode(forged, room.options.path, room.keys.pk());
    CHECK(f1.verdict == CodeVerdict::Unknown);
    CHECK(f1.message.find("unknown code " + forged) != std::string::npos);
    CHECK(certificate::verifyCode("not-a-code", room.options.path, room.keys.pk()).verdict == CodeVerdict::NotACode);

    // A record edited in the file (past the append-only trigger) no longer verifies.
    room.sql("DROP TRIGGER certificates_are_append_only_update;"
             "UPDATE certificates SET payload = replace(payload, '\"learner\":\"Ana\"', '\"learner\":\"Eve\"');");
    CHECK(certificate::verifyCode(code, room.options.path, room.keys.pk()).verdict == CodeVerdict::Tampered);
}

TEST_CASE("issuing in bulk: every completer into a folder, the others counted", "[certificate]") {
    IssueRoom room;
    auto issuer = room.issuer();
    auto bulk = certificate::issueAll(issuer, room.course, room.figures(), room.dir.path() / "out", store::Actor::Facilitator);
    CHECK(bulk.errors.empty());
    REQUIRE(bulk.issued.size() == 1);
    CHECK(bulk.notComplete == 2);
    CHECK(bulk.issued[0].path == (room.dir.path() / "out" / ("Ana-" + bulk.issued[0].certificate.code + ".pdf")).string());
    CHECK(certificate::verifyPdf(readBytes(bulk.issued[0].path), room.keys.pk()).verdict == Verdict::Genuine);
    CHECK(queryText(room.options.path, "SELECT actor FROM profile_events WHERE kind = 'certificate_issued'") == "facilitator");
}

TEST_CASE("issuer: from the option, else the deployment's, else course.yaml's; none is refused", "[certificate]") {
    Course c = certificateCourse();
    CHECK(certificate::resolveIssuer(c, "Given") == "Given");
    TempDir dir;
    writeBytes(dir.file("course.yaml"), "id: room\ntitle: Onboarding day\nissuer: '  Course Issuer '\nmodules: [m]\n");
    CHECK(certificate::courseIssuer(c).empty());
    c.manifest = dir.file("course.yaml");
    CHECK(certificate::courseIssuer(c) == "Course Issuer");
    Keys keys;
    std::string error;
    CHECK_FALSE(certificate::Issuer::open(keys.secret, dir.file("none.db"), "", error));
    CHECK(error.find("issuer: NAME") != std::string::npos);
    CHECK_FALSE(certificate::Issuer::open(keys.secret, dir.file("none.db"), "X", error));
    CHECK(error.find("no progress database") != std::string::npos);
}

TEST_CASE("printed table: a PDF of every row, fonts of any script", "[certificate]") {
    TempDir dir;
    pdf::Table t{"Room", "printed", {"Learner", "Score"}, {false, true}, {}};
    for (int i = 0; i < 120; ++i) t.rows.push_back({i % 2 ? "أمينة الحسيني" : "Learner " + std::to_string(i), std::to_string(i)});
    std::string error;
    REQUIRE(pdf::writeTablePdf(t, dir.file("t.pdf"), error));
    std::string bytes = readBytes(dir.file("t.pdf"));
    CHECK(bytes.rfind("%PDF-", 0) == 0);
    CHECK(modeOf(dir.file("t.pdf")) == 0600);
    CHECK_FALSE(pdf::writeTablePdf(t, dir.file("no/such/folder/t.pdf"), error));
    CHECK(error.find("cannot write") != std::string::npos);
    CHECK_FALSE(pdf::writeTablePdf(pdf::Table{}, dir.file("e.pdf"), error));
}

namespace {

// Points $XDG_CONFIG_HOME at `dir` for the test's life (the jobs find the key through it).
struct ConfigHome {
    std::string old;
    bool had;
    explicit ConfigHome(const std::string& dir) : had(std::getenv("XDG_CONFIG_HOME") != nullptr) {
        if (had) old = std::getenv("XDG_CONFIG_HOME");
        setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
    }
    ~ConfigHome() {
        if (had) setenv("XDG_CONFIG_HOME", old.c_str(), 1);
        else unsetenv("XDG_CONFIG_HOME");
    }
};

certificate::JobsState waitForJob(certificate::CertificateJobs& jobs, int finished, std::atomic<int>& wakes) {
    for (int i = 0; i < 3000 && jobs.state().finished <= finished; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    certificate::JobsState s = jobs.state();
    REQUIRE(s.finished == finished + 1);
    CHECK(wakes.load() == s.finished);  // every job that ends wakes the loop
    return s;
}

} // namespace

TEST_CASE("certificate jobs: on their worker, the key looked for, a learner's and everyone's, the loop woken",
          "[certificate]") {
    IssueRoom room;
    TempDir config;
    ConfigHome home(config.path().string());
    std::atomic<int> wakes{0};
    certificate::CertificateJobs jobs(room.options.path, [&] { ++wakes; });
    CHECK_FALSE(jobs.state().keyChecked);
    jobs.checkKey();
    auto s = waitForJob(jobs, 0, wakes);
    CHECK(s.keyChecked);
    CHECK_FALSE(s.keyExists);

    REQUIRE(certificate::createKeyPair(certificate::defaultSecretKeyPath(), certificate::defaultPublicKeyPath(), false).ok);
    auto f = room.figures();
    std::string error;
    const LearnerId ana = certificate::findLearner(f, "Ana", "", error)->id, ben = certificate::findLearner(f, "Ben", "", error)->id;
    Course course = room.course;
    jobs.issueForLearner(course, ben, room.dir.file("mine"));
    s = waitForJob(jobs, 1, wakes);
    CHECK(s.keyExists);
    CHECK(s.failed);
    CHECK(s.message.find("has not completed") != std::string::npos);  // no issuer yet is checked after completion

    jobs.issueForLearner(course, ana, room.dir.file("mine"));
    s = waitForJob(jobs, 2, wakes);
    CHECK(s.failed);
    CHECK(s.message.find("no issuer is set") != std::string::npos);

    writeBytes(certificate::defaultIssuerNamePath().string(), "Ministry of Examples\n");
    jobs.issueForLearner(course, ana, room.dir.file("mine"));
    s = waitForJob(jobs, 3, wakes);
    UNSCOPED_INFO(s.message);
    CHECK_FALSE(s.failed);
    CHECK(s.message.find("Saved your certificate") != std::string::npos);
    CHECK(certificate::verifyPdf(readBytes(s.lastPath), room.keys.pk()).verdict == Verdict::WrongKey);  // another key
    std::string e2;
    auto mine = certificate::loadPublicKey(certificate::defaultPublicKeyPath(), e2);
    REQUIRE(mine);
    CHECK(certificate::verifyPdf(readBytes(s.lastPath), *mine).verdict == Verdict::Genuine);
    CHECK(queryText(room.options.path, "SELECT actor FROM profile_events WHERE kind = 'certificate_issued'") == "learner");

    jobs.issueAll(course, room.dir.file("all"));
    s = waitForJob(jobs, 4, wakes);
    UNSCOPED_INFO("bulk: " << s.message);
    CHECK(s.message.find("Issued 1 certificate into " + room.dir.file("all") + ". 2 learners have not completed") == 0);
}
