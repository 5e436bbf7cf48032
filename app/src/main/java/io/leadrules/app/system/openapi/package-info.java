/**
 * The OpenAPI document's common shape: what every operation shares (security, the problems any request can meet,
 * the problem schema with every {@code type} the service answers) is added here once; each feature keeps its own
 * {@code @Operation}/{@code @ApiResponse} annotations for what is particular to its operations.
 */
package io.leadrules.app.system.openapi;
