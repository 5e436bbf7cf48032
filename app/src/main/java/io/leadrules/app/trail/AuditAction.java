package io.leadrules.app.trail;

/**
 * What an audit entry records. The names are stored and answered as they are: never rename one, only add.
 */
public enum AuditAction {
    LEAD_CREATED,
    LEAD_MERGED,
    LEAD_CHANGED,
    LEAD_ERASED,
    ACTIVITIES_ACCEPTED,
    OUTCOME_RECORDED,
    DECISION_RECORDED,
    RULE_VERSION_UPLOADED,
    RULE_VERSION_TESTED,
    RULE_VERSION_ACTIVATED,
    RULE_VERSION_ROLLED_BACK,
    RULE_VERSION_DELETED,
    CALIBRATION_PROPOSED,
    CALIBRATION_APPROVED,
    USER_CREATED,
    USER_CHANGED,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    LOGIN_FAILED
}
