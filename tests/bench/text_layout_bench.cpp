// Paragraph layout (core/text: bidi, script runs, shaping, line breaking, reordering) with the
// Debian Noto fonts: microseconds per paragraph of about 100 words in English, Arabic and
// Chinese at a 700 px column, the same for a mixed Arabic-Latin paragraph, the whole longest
// module's worth (6,000 words as 60 paragraphs), the first layout (faces mapped then), and a
// megabyte of hostile text (one unbreakable word, one combining mark, invalid bytes).
// Prints "name value unit" lines for tools/bench; asserts nothing about speed.
#include "bench_timing.h"
#include "text/paragraph_layout.h"

#include <cstdio>
#include <ctime>
#include <string>

using namespace lectern::text;

namespace {

std::string repeat(const std::string& s, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += s;
    return out;
}

// About 100 words (or, in Chinese, about 150 characters: ~100 words' worth of reading).
const std::string kEnglish = repeat(
    "The open-ended working group on security of and in the use of information and communications "
    "technologies met in New York, where States discussed norms, confidence-building measures and capacity building. ", 4);
const std::string kArabic = repeat(
    "اجتمع الفريق العامل المفتوح العضوية المعني بأمن تكنولوجيا المعلومات والاتصالات واستخدامها في نيويورك، "
    "وناقشت الدول القواعد وتدابير بناء الثقة وبناء القدرات في الفضاء الإلكتروني. ", 4);
const std::string kChinese = repeat(
    "信息和通信技术安全及其使用问题不限成员名额工作组在纽约举行会议，各国讨论了规范、建立信任措施和能力建设。", 3);
const std::string kMixed = repeat("اعتمدت الجمعية العامة القرار A/RES/79/243 في ديسمبر 2024، وأنشأ الفريق (OEWG) عام 2021. ", 6);

double threadCpuMicros() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

// Prints the median wall-clock microseconds of one layout of `text` over `runs` runs, and the
// mean CPU time (what a busy machine's wall clock inflates).
void microsPerParagraph(const char* name, const FontStack& fonts, const std::string& text, const LayoutOptions& opt, int runs) {
    std::vector<double> samples;
    size_t lines = 0;
    const double cpu0 = threadCpuMicros();
    for (int i = 0; i < runs; ++i) {
        const auto t = bench::Clock::now();
        const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
        samples.push_back(bench::msSince(t) * 1000.0);
        lines += layout.lines.size();
    }
    const double cpu = (threadCpuMicros() - cpu0) / runs;
    std::printf("%s %.1f us\n", name, bench::percentile(samples, 0.5));
    std::printf("%s_cpu %.1f us\n", name, cpu);
    std::printf("# %s: %zu lines a paragraph\n", name, lines / size_t(runs));
}

} // namespace

int main() {
    const FontStack fonts(FontStack::debianNoto());
    LayoutOptions opt;
    opt.sizePx = 16;
    opt.maxWidth = 700;

    // The first layout of each script maps its face: what the first frame pays.
    auto t = bench::Clock::now();
    layoutParagraph(kEnglish, fonts, opt);
    std::printf("text_layout_first_en %.0f us\n", bench::msSince(t) * 1000.0);
    t = bench::Clock::now();
    layoutParagraph(kArabic, fonts, opt);
    std::printf("text_layout_first_ar %.0f us\n", bench::msSince(t) * 1000.0);
    t = bench::Clock::now();
    layoutParagraph(kChinese, fonts, opt);
    std::printf("text_layout_first_zh %.0f us\n", bench::msSince(t) * 1000.0);

    microsPerParagraph("text_layout_paragraph_en_100_words", fonts, kEnglish, opt, 300);
    microsPerParagraph("text_layout_paragraph_ar_100_words", fonts, kArabic, opt, 300);
    LayoutOptions zh = opt;
    zh.language = "zh-Hans";
    microsPerParagraph("text_layout_paragraph_zh_150_chars", fonts, kChinese, zh, 300);
    microsPerParagraph("text_layout_paragraph_ar_latin_mixed", fonts, kMixed, opt, 300);

    // The longest module: ~6,000 words, as 60 English paragraphs.
    std::vector<double> module;
    for (int run = 0; run < 20; ++run) {
        t = bench::Clock::now();
        for (int p = 0; p < 60; ++p) layoutParagraph(kEnglish, fonts, opt);
        module.push_back(bench::msSince(t));
    }
    std::printf("text_layout_module_6000_words_en %.2f ms\n", bench::percentile(module, 0.5));

    // One paragraph of 1 MiB, at a 400 px column: how long hostile text holds a worker.
    const std::pair<const char*, std::string> hostile[] = {
        {"text_layout_1MiB_one_word_latin", "a"}, {"text_layout_1MiB_chinese", "中"},
        {"text_layout_1MiB_combining_marks", "\xCC\x81"}, {"text_layout_1MiB_invalid_bytes", "\xFF"},
        {"text_layout_1MiB_unpaired_rle", "\u202B"}};
    opt.maxWidth = 400;
    for (const auto& [name, piece] : hostile) {
        std::string text;
        while (text.size() < (1u << 20)) text += piece;
        t = bench::Clock::now();
        const ParagraphLayout layout = layoutParagraph(text, fonts, opt);
        std::printf("%s %.0f ms\n", name, bench::msSince(t));
        std::printf("# %s: %zu lines\n", name, layout.lines.size());
    }
    return 0;
}
