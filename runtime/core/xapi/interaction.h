// Lectern's question types as xAPI cmi.interaction activities: the interaction definition of
// a question, and a learner's answer as the cmi response string (never a JSON object).
//
//   Lectern      interactionType  components        response                  correctResponsesPattern
//   single       choice           choices           "b"                       one entry per correct choice
//   multiple     choice           choices           "a[,]c"                   "a[,]c" (all the correct ones)
//   true_false   true-false       -                 "true" | "false"          "true" | "false"
//   short_text   fill-in          -                 the text as typed         "{case_matters=false}answer" per accepted answer
//   numeric      numeric          -                 "11.5"                    "12" or "11[:]13" with a tolerance
//   ordering     sequencing       choices           "c[,]a[,]b"               the correct order
//   matching     matching         source, target    "l1[.]p2[,]l2[.]p1"       every pair with its right side
// In matching, a target's id is the first pair holding that right-hand text (as the quiz
// widget lists them, quiz/responses.h matchingOptions), so equal texts are one target.
#pragma once
#include "course/document.h"
#include "quiz/responses.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace lectern::xapi {

// {"type": cmi.interaction, "description": {lang: prompt}, "interactionType", components...,
//  "correctResponsesPattern"}
nlohmann::ordered_json interactionDefinition(const Question& question, std::string_view language);

std::string cmiResponse(const Question& question, const quiz::Response& response);

// For an answer whose question is no longer in the course: the same formats, read from the
// stored JSON's shape (string, true/false, number, list -> "[,]", object -> "k[.]v[,]...").
std::string cmiResponseFromJson(const nlohmann::json& value);

// The shortest decimal text that reads back as `value` ("11.5", "3", "-0.25").
std::string numberString(double value);

} // namespace lectern::xapi
