// Typed load errors: a code the program can act on and a message that tells the author what to do.
#include "load/load_error.h"
#include "load_test_util.h"
#include "util/file_read.h"

#include <catch2/catch.hpp>

using namespace lectern;

TEST_CASE("readFileBounded says why a file cannot be read, with a code and words", "[load][errors]") {
    test::TempDir tmp;
    const auto small = tmp.write("m.md", "# Hello\n");
    FileRead r = readFileBounded(small);
    CHECK(r.ok());
    CHECK(r.bytes == "# Hello\n");

    r = readFileBounded(tmp.path() / "missing.md");
    CHECK(r.error == FileReadError::NotFound);
    CHECK(r.message == "file not found");

    r = readFileBounded(tmp.path());
    CHECK(r.error == FileReadError::IsFolder);
    CHECK(r.message == "is a folder, not a file");

    r = readFileBounded(small, 4);
    CHECK(r.error == FileReadError::TooLarge);
    CHECK(r.message == "file is 8 bytes, over the limit of 4 bytes; split it into smaller files");
    CHECK(r.bytes.empty());

    r = readFileBounded("/dev/null");
    CHECK(r.error == FileReadError::NotAFile);
}

TEST_CASE("courseFolderProblem: missing, not a course, or fine", "[load][errors]") {
    test::TempDir tmp;
    CHECK_FALSE(courseFolderProblem(test::dataDir() + "/courses/demo", "--course DIR"));

    auto p = courseFolderProblem(tmp.str() + "/nowhere", "--course DIR");
    REQUIRE(p);
    CHECK(p->code == LoadErrorCode::CourseFolderMissing);
    CHECK(p->message == "there is no course folder at " + tmp.str() + "/nowhere; pass --course DIR with a folder that "
                                                                      "holds modules/ (and content/)");

    tmp.write("notes.txt", "x");
    p = courseFolderProblem(tmp.str(), "--course DIR");
    REQUIRE(p);
    CHECK(p->code == LoadErrorCode::NotACourseFolder);
    CHECK(p->message.find("is not a course folder") != std::string::npos);
}
