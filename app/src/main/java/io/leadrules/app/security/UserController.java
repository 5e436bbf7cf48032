package io.leadrules.app.security;

import io.leadrules.app.security.UserRequests.NewUser;
import io.leadrules.app.security.UserRequests.UserChange;
import io.leadrules.app.security.UserRequests.UserView;
import io.leadrules.app.security.UserRequests.UserWithPassword;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People who may log in and own API keys (ADMIN only, see {@link EndpointRoles}). */
@RestController
@Tag(name = "Users", description = "People and their roles (ADMIN)")
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UserController {

    private final UserAdministration administration;
    private final UserStore users;

    UserController(UserAdministration administration, UserStore users) {
        this.administration = administration;
        this.users = users;
    }

    @ApiResponse(responseCode = "201", description = "The user, with a one-time password when none was sent")
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @Operation(operationId = "createUser", summary = "Create a user with roles",
            description = "'password' (12 characters or more) is optional: without it one is generated and shown "
                    + "once, as 'oneTimePassword'. 409 /problems/user-exists when the name is taken.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserWithPassword> create(@RequestBody NewUser request) {
        UserWithPassword created = administration.create(request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.name())).body(created);
    }

    @ApiResponse(responseCode = "200", description = "The users")
    @Operation(operationId = "listUsers", summary = "Every user, by name")
    @GetMapping
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "getUser", summary = "One user")
    @GetMapping("/{name}")
    UserView user(@PathVariable("name") String name) {
        return UserView.of(users.existing(name));
    }

    @ApiResponse(responseCode = "200", description = "The changed user")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "changeUser", summary = "Change a user's roles, or disable or enable it",
            description = "Members left out stay as they are. Disabling a user stops its logins and all its keys "
                    + "at once; its keys act only with roles it still holds.")
    @PatchMapping(path = "/{name}", consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE})
    UserView change(@PathVariable("name") String name, @RequestBody UserChange change) {
        return UserView.of(administration.change(name, change));
    }

    @ApiResponse(responseCode = "200", description = "The user, with its one-time password")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "resetUserPassword", summary = "Give a user a new generated password, shown once as 'oneTimePassword'")
    @PostMapping("/{name}/password-reset")
    UserWithPassword resetPassword(@PathVariable("name") String name) {
        return administration.resetPassword(name);
    }
}
