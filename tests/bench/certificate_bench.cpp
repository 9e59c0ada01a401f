// Issuing 100 certificates (core/certificate): the facilitator's "Issue certificates" at the
// end of a day, `lectern certificate issue --all`. 100 learners complete the test room course
// (tests/data/facilitator/room-course) through the real store; the time covers reading the
// room, and per learner signing, drawing (Pango/Cairo, QR), sealing, writing the PDF and
// recording the issue. Prints "name value unit" lines for tools/bench.
//   certificate_bench [--learners N] [--dir DIR]
#include "../common/selected_scope.h"
#include "bench_store.h"
#include "bench_timing.h"
#include "certificate/certificate_issue.h"
#include "load/course_loader.h"

#include <filesystem>
#include <unistd.h>

using namespace lectern;
using namespace bench;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
    int learners = 100;
    std::string dir = (fs::temp_directory_path() / ("lectern-certificate-bench-" + std::to_string(getpid()))).string();
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--learners" && i + 1 < argc) learners = std::stoi(argv[++i]);
        else if (a == "--dir" && i + 1 < argc) dir = argv[++i];
        else {
            std::fprintf(stderr, "usage: certificate_bench [--learners N] [--dir DIR]\n");
            return 2;
        }
    }
    fs::create_directories(dir);
    LoadResult loaded = loadCourse(LECTERN_TEST_DATA_DIR "/facilitator/room-course");
    if (!loaded.course || loaded.diagnostics.hasErrors()) {
        std::fprintf(stderr, "certificate_bench: the room course did not load\n");
        return 1;
    }
    const Course& course = *loaded.course;
    const std::string path = dir + "/room.db";
    {
        auto store = openBenchStore(path, "certificate_bench");
        if (!store) return 1;
        std::string error;
        for (int i = 1; i <= learners; ++i) {
            store->selectLearner(store->ensureLearner("Learner " + std::to_string(i)), course.id, error);
            ProgressScope scope = lectern::test::selectedScope(*store);
            for (const auto& m : course.modules)
                for (const Section& s : m->sections) {
                    store->submit(scope, AddTimeOnTask{{m->meta.id, s.id}, 60.0 + i});
                    store->submit(scope, MarkSectionRead{{m->meta.id, s.id}});
                }
            store->submit(scope, RecordQuizAttempt{"basics", "basics-quiz", "{}", 5, 6, true});
            store->submit(scope, RecordQuizAttempt{"practice", "practice-quiz", "{}", 3, 3, true});
            store->flush(60000);
        }
    }
    std::string error;
    if (!certificate::createKeyPair(dir + "/keys/issuer.key", dir + "/keys/issuer.pub", true).ok) return 1;
    auto issuer = certificate::Issuer::open(dir + "/keys/issuer.key", path, "Bench Ministry", error);
    if (!issuer) {
        std::fprintf(stderr, "certificate_bench: %s\n", error.c_str());
        return 1;
    }
    auto t = Clock::now();
    auto room = report::makeRoomFigures(path, course, {});
    if (!room) return 1;
    certificate::BulkResult bulk = certificate::issueAll(*issuer, course, *room, dir + "/out", store::Actor::Facilitator);
    const double ms = msSince(t);
    if (int(bulk.issued.size()) != learners) {
        std::fprintf(stderr, "certificate_bench: issued %zu of %d (%s)\n", bulk.issued.size(), learners,
                     bulk.errors.empty() ? "" : bulk.errors.front().c_str());
        return 1;
    }
    size_t bytes = 0;
    for (const auto& i : bulk.issued) bytes += fs::file_size(i.path);
    std::printf("issuing_%d_certificates_ms %.0f ms\n", learners, ms);
    std::printf("certificate_issue_each_ms %.1f ms\n", ms / learners);
    std::printf("certificate_pdf_size_kib %.1f KiB\n", double(bytes) / learners / 1024.0);
    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
