package id.kawal.innovation.handover;

import id.kawal.innovation.InnovationController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The record's page carries the "Catat mutasi pemilik" form, which posts to {@link HandoverController}; the form
 * object comes from here, so that the registry's controller needs to know nothing of the handover.
 */
@ControllerAdvice(assignableTypes = InnovationController.class)
public class RotationFormAdvice {

    @ModelAttribute("rotationForm")
    RotationForm rotationForm() {
        return new RotationForm();
    }
}
