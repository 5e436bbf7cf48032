package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.RuleFile;
import java.util.List;

/**
 * An upload: the files it brings, and whether they are a whole rule set (a zip) or changes to the base version
 * (files replacing those of the same name, new ones added). It names no author: the uploader is whoever is acting.
 *
 * @param basedOn the API id of the base version; null for the active one
 */
record NewRuleVersion(List<RuleFile> files, boolean wholeSet, String label, String basedOn) {

    NewRuleVersion {
        files = List.copyOf(files);
    }
}
