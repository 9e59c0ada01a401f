// Finishing means something (issue 10, item 12): the moment a module becomes complete (its
// score, its time, what is next) and the course-complete page (scores per module, time spent,
// the certificate's place), on real courses and a real store.
#include "quiz_test_support.h"
#include "ui_test_support.h"

#include "certificate/certificate_file.h"
#include "certificate/certificate_jobs.h"
#include "ui/views/certificate_offer.h"
#include "ui/views/completion_view.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <thread>

using namespace lectern;
using namespace lectern::test;
namespace keys = lectern::ui::keys;

namespace {

constexpr const char* kWindow = "Page";

// The moment draws in its own child window of `parent`; ImGui names it "parent/##moment_<id>".
std::string momentWindow(const char* parent) {
    char name[256];
    std::snprintf(name, sizeof name, "%s/##moment_%08X", parent, itemId(parent, {"##module-complete", "##moment"}));
    return name;
}

struct ReadingCourse {
    TempDir dir;
    std::shared_ptr<const Course> course;
    std::unique_ptr<ProgressStore> store;
    ReadingCourse() {
        writeSmallCourse(dir.path() / "course");
        course = loadCourseOk(dir.path() / "course");
        store = openStoreWithLearner(dir.path() / "p.db", course->id);
    }
    void read(const std::string& module, const std::string& section, double seconds = 0) {
        const ProgressScope scope = selectedScope(*store);
        store->submit(scope, MarkSectionRead{SectionRef{module, section}});
        if (seconds > 0) store->submit(scope, AddTimeOnTask{SectionRef{module, section}, seconds});
    }
    void readAll(const std::string& module, double secondsEach = 0) {
        for (const Section& s : course->findModule(module)->sections) read(module, s.id, secondsEach);
        REQUIRE(store->flush(5000));
    }
};

} // namespace

TEST_CASE("completion: a module that becomes complete gets a moment with its time and what is next", "[ui][completion]") {
    ReadingCourse c;
    HeadlessUi ui;
    RecordingEnv rec;
    rec.store = c.store.get();
    rec.course = c.course.get();
    ui::ModuleCompleteMoment moment;
    auto draw = inWindow(kWindow, [&] { moment.draw(rec.make(ui)); });

    moment.observe(*c.course, *c.store->snapshot());
    CHECK(moment.moduleId().empty());
    CHECK(frameText(ui, draw).find("Module complete") == std::string::npos);

    c.readAll("first", 150);
    moment.observe(*c.course, *c.store->snapshot());
    REQUIRE(moment.moduleId() == "first");
    const std::string shown = frameText(ui, draw);
    CHECK(shown.find("Module complete: First Module") != std::string::npos);
    CHECK(shown.find("Time spent: ") != std::string::npos);
    CHECK(shown.find("Next: Second Module.") != std::string::npos);

    activateItem(ui, draw, momentWindow(kWindow).c_str(), {"Open the next module: Second Module##next"});
    REQUIRE(rec.posted.size() == 1);
    auto* open = std::get_if<ui::OpenModule>(&rec.posted[0]);
    REQUIRE(open);
    CHECK(open->moduleId == "second");
    CHECK(moment.moduleId().empty());  // taken: it does not come back

    // A learner coming back to a module finished before is not congratulated again.
    ui::ModuleCompleteMoment later;
    later.observe(*c.course, *c.store->snapshot());
    CHECK(later.moduleId().empty());
}

TEST_CASE("completion: the last module's moment leads to the course summary", "[ui][completion]") {
    ReadingCourse c;
    c.readAll("first");
    for (const Section& s : c.course->findModule("second")->sections)
        if (s.id != "only") c.read("second", s.id);
    REQUIRE(c.store->flush(5000));
    ui::UiOptions o;
    o.openTarget = "second#only";
    UiDriver d(c.course, *c.store, o);
    d.frames(3);
    d.wait(25);  // reads the last section: the module, and with it the course, is complete
    d.frames(2);
    const std::string box = momentWindow("##lectern");
    REQUIRE(ImGui::FindWindowByName(box.c_str()));  // the moment is on screen...
    // ...and its way on has the keyboard: the learner was reading, not answering.
    CHECK(GImGui->NavId == itemId(box.c_str(), {"See your course summary"}));
    d.press(keys::Enter);
    d.frames(2);
    CHECK(d.ui().currentLocation() == "complete");
}

TEST_CASE("completion: the course-complete page shows each module's score and time, the total and the certificate's place",
          "[ui][completion]") {
    std::shared_ptr<const Course> course = loadFixtureModule("quiz-flow");
    StoreFixture store{course->id};
    const ProgressScope scope = selectedScope(*store.store);
    RecordQuizAttempt attempt;
    attempt.moduleId = "quiz-flow";
    attempt.quizId = "flow-quiz";
    attempt.responsesJson = "{}";
    attempt.score = 1;
    attempt.maxScore = 3;
    store.store->submit(scope, attempt);
    attempt.score = 2;  // the best attempt counts
    attempt.passed = true;
    store.store->submit(scope, attempt);
    store.store->submit(scope, AddTimeOnTask{SectionRef{"quiz-flow", "facts"}, 3600 + 5 * 60});
    REQUIRE(store.store->flush(5000));

    HeadlessUi ui;
    RecordingEnv rec;
    rec.store = store.store.get();
    rec.course = course.get();
    auto draw = inWindow(kWindow, [&] { ui::drawCourseComplete(rec.make(ui)); });
    ui.frames(2, draw);
    const std::string shown = frameText(ui, draw);
    CHECK(shown.find("Course complete") != std::string::npos);
    CHECK(shown.find("The quiz flow") != std::string::npos);
    CHECK(shown.find("2 of 3 (66%), 1 quiz not tried") != std::string::npos);
    CHECK(shown.find("1 h 05 min") != std::string::npos);
    CHECK(shown.find("Time spent in the course: 1 h 05 min.") != std::string::npos);
    CHECK(shown.find("Certificate: this course does not issue certificates yet") != std::string::npos);

    // The certificates issue fills the place through the hook.
    ui::CompletionHooks hooks;
    hooks.drawCertificate = [](const ui::UiEnv&) { ImGui::TextUnformatted("Your certificate: K7Q2-9XMD-41TB"); };
    auto withHook = inWindow(kWindow, [&] { ui::drawCourseComplete(rec.make(ui), hooks); });
    const std::string hooked = frameText(ui, withHook);
    CHECK(hooked.find("Your certificate: K7Q2-9XMD-41TB") != std::string::npos);
    CHECK(hooked.find("does not issue certificates") == std::string::npos);
}

TEST_CASE("completion: durations and scores read as a learner says them", "[ui][completion]") {
    CHECK(ui::durationText(20) == "less than a minute");
    CHECK(ui::durationText(12 * 60) == "12 min");
    CHECK(ui::durationText(65 * 60) == "1 h 05 min");
    ui::ModuleScore none;
    CHECK(ui::scoreText(none) == "no quiz");
    ui::ModuleScore untried{1, 0, 0, 0};
    CHECK(ui::scoreText(untried) == "not tried yet");
    ui::ModuleScore done{1, 1, 7, 8};
    CHECK(ui::scoreText(done) == "7 of 8 (87%)");
}

namespace {

// $HOME, $XDG_CONFIG_HOME and $XDG_DATA_HOME under `dir` for the test's life.
struct Homes {
    std::vector<std::pair<std::string, std::optional<std::string>>> saved;
    explicit Homes(const fs::path& dir) {
        for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"}) {
            const char* v = std::getenv(name);
            saved.emplace_back(name, v ? std::optional<std::string>(v) : std::nullopt);
            fs::create_directories(dir / name);
            setenv(name, (dir / name).c_str(), 1);
        }
    }
    ~Homes() {
        for (auto& [name, value] : saved)
            if (value) setenv(name.c_str(), value->c_str(), 1);
            else unsetenv(name.c_str());
    }
};

} // namespace

TEST_CASE("completion: \"Save certificate (PDF)\" once the issuer's key exists, saved by the worker, not the frame",
          "[ui][completion][certificate]") {
    ReadingCourse c;
    c.readAll("first");
    c.readAll("second");
    TempDir homeDir;
    Homes homes(homeDir.path());
    std::atomic<int> wakes{0};
    certificate::CertificateJobs jobs((c.dir.path() / "p.db").string(), [&] { ++wakes; });
    HeadlessUi ui;
    RecordingEnv rec;
    rec.store = c.store.get();
    rec.course = c.course.get();
    ui::CertificateOffer offer;
    auto draw = inWindow(kWindow, [&] {
        ui::UiEnv env = rec.make(ui);
        env.certificates = &jobs;
        offer.draw(env);
    });
    auto settle = [&](int finished) {
        for (int i = 0; i < 3000 && jobs.state().finished < finished; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        REQUIRE(jobs.state().finished == finished);
        CHECK(wakes.load() == finished);
        ui.frames(2, draw);
    };
    ui.frames(1, draw);  // asks the worker to look for the key
    settle(1);
    std::string shown = frameText(ui, draw);
    CHECK(shown.find("no issuer's key") != std::string::npos);
    CHECK(shown.find("Save certificate (PDF)") == std::string::npos);

    REQUIRE(certificate::createKeyPair(certificate::defaultSecretKeyPath(), certificate::defaultPublicKeyPath(), false).ok);
    std::ofstream(certificate::defaultIssuerNamePath()) << "Ministry of Examples\n";
    jobs.checkKey();
    settle(2);
    shown = frameText(ui, draw);
    REQUIRE(shown.find("Save certificate (PDF)") != std::string::npos);

    activateItem(ui, draw, kWindow, {"Save certificate (PDF)"});
    settle(3);
    shown = frameText(ui, draw);
    INFO(shown);
    CHECK(shown.find("Saved your certificate (code ") != std::string::npos);
    const certificate::JobsState s = jobs.state();
    REQUIRE_FALSE(s.failed);
    CHECK(s.lastPath.find(certificate::defaultCertificateFolder()) == 0);
    std::string error;
    auto key = certificate::loadPublicKey(certificate::defaultPublicKeyPath(), error);
    REQUIRE(key);
    std::ifstream in(s.lastPath, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(certificate::verifyPdf(bytes, *key).verdict == certificate::Verdict::Genuine);
}
