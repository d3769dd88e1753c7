#!/usr/bin/env bash
# Summary: evaluate the heart-disease risk model and write docs/model-card.md from the results
# Usage: ./ehr model-card [--out FILE]
#
# Builds ehr-analytics (with ./mvnw, tests skipped) and runs its ModelCardCommand: 10-fold cross-validation on the
# Cleveland data (stratified, fixed seed), external validation trained on Cleveland and scored on the Hungarian, Swiss
# and VA data (discrimination, calibration, reliability table), the 3-input baseline beside the 13-input model, and
# the production model's coefficients and imputed values. Needs no running hospital and changes nothing else. The
# card is generated, never edited by hand: run this after any change to the model or its data and commit the result.
# --out writes elsewhere (default docs/model-card.md in the source tree).
set -euo pipefail

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

main() {
    local out=$EHR_ROOT/docs/model-card.md
    while (($#)); do
        case $1 in
        --out) out=$(ehr_abspath "${2:?--out needs a file}"); shift 2 ;;
        *) ehr_die "unknown option '$1'." "Usage: ./ehr model-card [--out FILE]" ;;
        esac
    done
    ehr_require_cmd java "Install a JDK 17 or newer."
    (cd "$EHR_ROOT" && ./mvnw -B -q -pl ehr-analytics -am -DskipTests package) ||
        ehr_die "The build of ehr-analytics failed (see the Maven output above)."
    local module=$EHR_ROOT/ehr-analytics/target
    java -cp "$module/classes:$(cat "$module/runtime.classpath")" \
        org.medmesh.analytics.interfaces.cli.ModelCardCommand "$out"
}

main "$@"
