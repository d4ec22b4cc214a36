package vn.gandan.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A report's approval as an official document: submit, approve, sign, return with a comment, issue; its PDF. */
@RestController
@RequestMapping("/api/v1/reports/submissions/{id}")
@Tag(name = "Reporting")
class ReportApprovalApi {

    private final ReportApproval approval;

    ReportApprovalApi(ReportApproval approval) {
        this.approval = approval;
    }

    @GetMapping("/approval")
    ReportApproval.ReportApprovalView get(@PathVariable long id) {
        return approval.get(id);
    }

    @PostMapping("/approval/submit")
    @Operation(summary = "Trình ký: the drafter submits the report to the unit's leader (PENDING_APPROVAL)")
    ReportApproval.ReportApprovalView submit(@PathVariable long id) {
        return approval.submit(id);
    }

    @PostMapping("/approval/approve")
    @Operation(summary = "The unit's leader approves (APPROVED)")
    ReportApproval.ReportApprovalView approve(@PathVariable long id) {
        return approval.approve(id);
    }

    @PostMapping("/approval/sign")
    @Operation(summary = "The unit's leader signs (SIGNED); the clerk may then number and send it")
    ReportApproval.ReportApprovalView sign(@PathVariable long id) {
        return approval.sign(id);
    }

    @PostMapping("/approval/return")
    @Operation(summary = "The unit's leader returns it to the drafter; body {\"comment\"} required")
    ReportApproval.ReportApprovalView returnForChanges(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
        return approval.returnForChanges(id, body == null ? null : body.get("comment"));
    }

    @PostMapping("/approval/issue")
    @Operation(summary = "The clerk takes the register's number (BC) and sends the signed report (SUBMITTED)")
    ReportApproval.ReportApprovalView issue(@PathVariable long id) {
        return approval.issue(id);
    }

    @GetMapping("/document.pdf")
    @Operation(summary = "The report as a PDF: the signed copy once issued")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("bao-cao-" + id + ".pdf")
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").body(approval.pdf(id));
    }
}
