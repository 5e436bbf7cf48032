package io.leadrules.rules.safety;

import java.util.Set;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;

/** The globals and functions a package declares (each refused where it is declared). */
record PackageNames(Set<String> globals, Set<String> functions) {

    static PackageNames of(PackageDescr pkg) {
        return new PackageNames(
                pkg.getGlobals().stream().map(GlobalDescr::getIdentifier).collect(Collectors.toSet()),
                pkg.getFunctions().stream().map(FunctionDescr::getName).collect(Collectors.toSet()));
    }
}
