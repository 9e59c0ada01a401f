#!/usr/bin/env bash
# every_block_course.sh DIR ID: makes a course folder at DIR with tests/data/modules/every-block
# (every question type, a reflection) and its own IRI and home page, for the xAPI and sync
# tests and the sync benchmark.
set -euo pipefail
dir="$1" id="$2"
src="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$dir/content" "$dir/modules"
cp -r "$src/tests/data/modules/every-block" "$dir/modules/"
cat >"$dir/content/course.yaml" <<YAML
id: $id
title: Every statement
iri: https://lectern.example/courses/$id
home_page: https://learners.lectern.example
modules: [every-block]
YAML
