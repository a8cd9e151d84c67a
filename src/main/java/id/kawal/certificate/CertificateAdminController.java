package id.kawal.certificate;

import id.kawal.system.InvalidInputException;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's certificate register: look one up, revoke it with a reason, re-issue a corrected one. */
@Controller
@RequestMapping("/admin/certificates")
public class CertificateAdminController {

    private final CertificateLifecycle lifecycle;
    private final MessageSource messages;

    public CertificateAdminController(CertificateLifecycle lifecycle, MessageSource messages) {
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String serial, Model model) {
        if (serial != null && !serial.isBlank()) {
            return "redirect:/admin/certificates/" + serial.trim().toUpperCase(Locale.ROOT);
        }
        model.addAttribute("certificates", lifecycle.latest());
        return "certificates/list";
    }

    @GetMapping("/{serial}")
    String show(@PathVariable String serial, Model model) {
        Certificate certificate = lifecycle.get(serial);
        model.addAttribute("certificate", certificate);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CorrectionForm.of(certificate));
        }
        return "certificates/show";
    }

    @PostMapping("/{serial}/revoke")
    String revoke(@PathVariable String serial, @RequestParam(required = false) String reason, Authentication user,
            RedirectAttributes redirect, Locale locale) {
        try {
            lifecycle.revoke(serial, user.getName(), reason);
            redirect.addFlashAttribute("message", "flash.certificateRevoked");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.getFieldErrors().values().stream().map(m -> messages.getMessage(m, locale)).toList());
        }
        return "redirect:/admin/certificates/" + serial;
    }

    @PostMapping("/{serial}/reissue")
    String reissue(@PathVariable String serial, @Valid @ModelAttribute("form") CorrectionForm form, BindingResult binding,
            Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Certificate corrected = lifecycle.reissue(serial, user.getName(), form);
                redirect.addFlashAttribute("message", "flash.certificateReissued");
                redirect.addFlashAttribute("messageArg", corrected.getSerial());
                return "redirect:/admin/certificates/" + corrected.getSerial();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return show(serial, model);
    }
}
