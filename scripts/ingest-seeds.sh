#!/usr/bin/env bash
# The exact commands that produced content/articles/*.md from the five seed articles.
# For humans only: nothing in the build or the tests runs this. Metadata comes from the
# seeds' README (outlet, publication day and its basis); titles marked `editor` were written
# for articles that have no headline of their own. Pass --force to regenerate.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
seeds="${SEEDS:-../shared/seeds}"

# Headline, section label and outlet ("unknown") are in the text itself.
npm run --silent ingest -- "$seeds/000_ce9b658ea9746fc9.txt" --published 2026-02-25 "$@"

# The slash-separated first line gives title, outlet, dateline and byline.
npm run --silent ingest -- "$seeds/001_e0c9b10f7d7bf78b.txt" --published 2026-02-17 "$@"

npm run --silent ingest -- "$seeds/002_0be0ed610cf6a59c.txt" --published 2026-02-25 \
  --outlet "RFE/RL" --dateline Washington \
  --title "Trump and Zelenskyy speak by phone ahead of Geneva meeting" --title-source editor "$@"

npm run --silent ingest -- "$seeds/003_7591712a9a130a1a.txt" --published 2025-11-24 \
  --title "US–Ukraine peace talks in Geneva end with “progress”" --title-source editor "$@"

npm run --silent ingest -- "$seeds/004_dc1560fb2344031c.txt" --published 2025-02-12 \
  --title "Trump and Putin speak by phone, agree to start negotiations on Ukraine" --title-source editor "$@"
