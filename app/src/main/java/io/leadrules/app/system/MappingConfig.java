package io.leadrules.app.system;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * What every MapStruct mapper shares: Spring beans, and a build failure when a target member is left unmapped,
 * so that a new field nobody mapped cannot slip through as null.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface MappingConfig {
}
