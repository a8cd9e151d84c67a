package id.kawal.web;

import id.kawal.system.TaskGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What any task offered to a group allows, whichever process it belongs to. */
@RestController
@RequestMapping("/api")
@Tag(name = "Tugas", description = "Tasks offered to a group: take one before working on it")
public class TaskApiController {

    private final TaskGuard guard;

    public TaskApiController(TaskGuard guard) {
        this.guard = guard;
    }

    @PostMapping("/tasks/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a task offered to your group (issue-certificate, desk-review, ...) so that nobody else in "
            + "the group works on it", description = "409 when another member of the group has taken it first; "
            + "taking a task you hold already changes nothing.")
    void claim(@PathVariable String taskId, Authentication user) {
        guard.claim(taskId, user.getName());
    }
}
