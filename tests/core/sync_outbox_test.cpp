// The outbox to a learning record store, without the network: every statement of the event
// log becomes one outbox row holding the writer's text byte for byte; learners' notes and
// unshared reflections are kept on the machine; the LRS configuration lives in private files
// and refuses unencrypted http:// to another machine. (Sending, against a real LRS on
// 127.0.0.1: tests/e2e/lrs_sync_test.sh.)
#include "xapi_test_course.h"

#include "store/reflection_sharing_repository.h"
#include "store/store_connection.h"
#include "store_test_support.h"
#include "sync/backoff.h"
#include "sync/lrs_config.h"
#include "sync/outbox.h"
#include "xapi/statement.h"

#include <sys/stat.h>

using namespace lectern;
using namespace store_test;

namespace {

unsigned modeOf(const std::filesystem::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

sync::ContextFor contextsOf(std::shared_ptr<const Course> course) {
    return [course](const std::string&) { return xapi::contextFor(course); };
}

} // namespace

TEST_CASE("lrs config: endpoint, key and secret in private files; the secret apart", "[sync]") {
    TempDir dir;
    const auto conf = dir.path() / "conf";
    std::string error;
    REQUIRE(sync::setLrsValue(conf, "lrs.endpoint", "https://lrs.example.org/data/xAPI/", error));
    REQUIRE(sync::setLrsValue(conf, "lrs.key", "room-12", error));
    REQUIRE(sync::setLrsValue(conf, "lrs.secret", "correct horse", error));
    sync::LrsConfigRead read = sync::readLrsConfig(conf);
    REQUIRE(read.error.empty());
    CHECK(read.config.endpoint == "https://lrs.example.org/data/xAPI");  // the trailing '/' dropped
    CHECK(read.config.key == "room-12");
    CHECK(read.config.secret == "correct horse");
    CHECK(modeOf(conf / "lrs.conf") == 0600);
    CHECK(modeOf(conf / "lrs.secret") == 0600);
    std::ifstream in(conf / "lrs.conf");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    CHECK(text.find("correct horse") == std::string::npos);

    // A setting that is refused changes nothing.
    CHECK_FALSE(sync::setLrsValue(conf, "lrs.endpoint", "ftp://lrs.example.org", error));
    CHECK_FALSE(sync::setLrsValue(conf, "lrs.colour", "blue", error));
    CHECK(error.find("unknown setting") != std::string::npos);
    CHECK(sync::readLrsConfig(conf).config.endpoint == "https://lrs.example.org/data/xAPI");

    std::ofstream(conf / "lrs.conf", std::ios::app) << "lrs.endpoint https://no-equals\n";
    read = sync::readLrsConfig(conf);
    CHECK(read.error.find("lrs.conf:4:") != std::string::npos);
}

TEST_CASE("lrs config: plain http only to this machine unless allowed", "[sync]") {
    CHECK(sync::endpointProblem("http://127.0.0.1:8080/data/xAPI", false).empty());
    CHECK(sync::endpointProblem("http://localhost/xapi", false).empty());
    CHECK(sync::endpointProblem("http://[::1]:9000/xapi", false).empty());
    CHECK(sync::endpointProblem("https://lrs.example.org/xapi", false).empty());
    CHECK_FALSE(sync::endpointProblem("http://lrs.example.org/xapi", false).empty());
    CHECK_FALSE(sync::endpointProblem("http://127.0.0.1.evil.example/xapi", false).empty());
    CHECK_FALSE(sync::endpointProblem("http://localhost@evil.example/xapi", false).empty());
    CHECK(sync::endpointProblem("http://lrs.example.org/xapi", true).empty());
    CHECK_FALSE(sync::endpointProblem("https://lrs.example.org/xapi?x=1", false).empty());
    CHECK(sync::hostOf("http://127.0.0.1:8080/data/xAPI") == "http://127.0.0.1:8080");
}

TEST_CASE("backoff: doubles with jitter up to its cap", "[sync]") {
    std::mt19937_64 random(7);
    sync::Backoff b{1000, 8000};
    const int64_t expectedCeil[] = {1000, 2000, 4000, 8000, 8000, 8000};
    for (int64_t ceiling : expectedCeil) {
        int64_t d = b.nextDelayMs(random);
        CHECK(d >= ceiling / 2);
        CHECK(d <= ceiling);
    }
    b.reset();
    CHECK(b.nextDelayMs(random) <= 1000);
}

TEST_CASE("outbox: every statement once, the writer's text byte for byte; learners' text kept here", "[sync]") {
    TempDir dir;
    auto course = xapi_test::everyBlockCourse(dir.path() / "course");
    auto options = optionsFor(dir);
    const Module& module = *course->modules.front();
    LearnerId amina = 0;
    {
        auto store = openOk(options);
        store->setStatementContext(std::make_shared<const xapi::StatementContext>(xapi::contextFor(course)));
        amina = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(amina, course->id, error));
        const ProgressScope scope{amina, course->id};
        const SectionRef section{module.meta.id, module.sections.front().id};
        store->submit(scope, MarkSectionRead{section});
        store->submit(scope, SaveReflection{module.meta.id, module.reflections.front().id, "My own words."});
        store->submit(scope, SaveNote{section, "A private note."});
        store->submit(scope, SetBookmark{section, true});
        REQUIRE(store->flush(10000));
    }
    auto db = store::openStoreConnection(options.path);
    REQUIRE(db);
    sync::Outbox outbox(*db);
    auto added = outbox.enqueueNewEvents(contextsOf(course), 1000);
    REQUIRE(added);
    CHECK(*added == 4);
    auto status = outbox.status();
    REQUIRE(status);
    CHECK(status->waiting == 2);  // section read, bookmark
    CHECK(status->kept == 2);     // the reflection and the note

    // The bodies are the writer's text, unchanged.
    const std::string stored = queryText(options.path, "SELECT statement FROM events WHERE kind = 'section_read'");
    const std::string body = queryText(options.path, "SELECT body FROM outbox o JOIN events e ON e.seq = o.event_seq WHERE e.kind = 'section_read'");
    CHECK(body == stored);

    // Again: nothing new.
    added = outbox.enqueueNewEvents(contextsOf(course), 2000);
    REQUIRE(added);
    CHECK(*added == 0);

    // Shared with the facilitator, the reflection may leave; the note never does.
    store::ReflectionSharingRepository sharing(*db);
    REQUIRE(sharing.setShared(amina, {course->id, module.meta.id, module.reflections.front().id}, true, 3000));
    REQUIRE(outbox.enqueueNewEvents(contextsOf(course), 3000));
    status = outbox.status();
    REQUIRE(status);
    CHECK(status->waiting == 3);
    CHECK(status->kept == 1);
    auto waiting = outbox.nextWaiting(10);
    REQUIRE(waiting);
    REQUIRE(waiting->size() == 3);
    for (const auto& e : *waiting) CHECK(e.body.find("A private note.") == std::string::npos);

    // Marked sent only for what is still waiting, and counted.
    REQUIRE(outbox.markSent({waiting->front().statementId}, 200, 4000));
    REQUIRE(outbox.markFlagged((*waiting)[1].statementId, "conflict", 409, "held"));
    status = outbox.status();
    REQUIRE(status);
    CHECK(status->sent == 1);
    CHECK(status->conflicts == 1);
    CHECK(status->waiting == 1);
    REQUIRE(status->flagged.size() == 1);
    CHECK(status->flagged.front().statementId == (*waiting)[1].statementId);
}
