package no.lokta.needs.order.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lokta.needs.need.NeedFilter;
import no.lokta.needs.need.NeedManagement;
import no.lokta.needs.need.NeedStatus;
import no.lokta.needs.need.NeedSummary;
import no.lokta.needs.order.AttachmentCommand;
import no.lokta.needs.order.AttachmentFile;
import no.lokta.needs.order.AttachmentSummary;
import no.lokta.needs.order.DeliveryMode;
import no.lokta.needs.order.OrderManagement;
import no.lokta.needs.order.OrderStatus;
import no.lokta.needs.order.OrderSummary;
import no.lokta.platform.money.Nok;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Orders to education providers. Coordinators write and move them; a provider's people (partner
 * role, tied to the provider) see the orders sent to it and answer with an offer.
 */
@Controller
@RequestMapping("/needs/orders")
class OrderController {

    private final OrderManagement orders;
    private final NeedManagement needs;
    private final Tenancy tenancy;

    OrderController(OrderManagement orders, NeedManagement needs, Tenancy tenancy) {
        this.orders = orders;
        this.needs = needs;
        this.tenancy = tenancy;
    }

    private UUID coordinator() {
        return tenancy.require(Role.COORDINATOR).collaborationId();
    }

    private CollaborationAccess reader() {
        return tenancy.require(Role.COORDINATOR, Role.PARTNER);
    }

    @GetMapping
    String list(Model model) {
        CollaborationAccess access = reader();
        boolean coordinator = access.has(Role.COORDINATOR);
        model.addAttribute(
                "orders",
                coordinator
                        ? orders.orders(access.collaborationId())
                        : orders.ordersFor(access.collaborationId(), access.requireOrganisation()));
        model.addAttribute("coordinator", coordinator);
        return "needs/order/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(name = "need", required = false) @Nullable List<UUID> need, Model model) {
        UUID collaborationId = coordinator();
        model.addAttribute("orderForm", OrderForm.empty(need == null ? List.of() : need));
        choices(collaborationId, model);
        return "needs/order/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("orderForm") OrderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        Optional<Nok> budget = Nok.parse(form.budget() == null ? "" : form.budget());
        if (budget.isEmpty() && !result.hasFieldErrors("budget") && result.getTarget() != null) {
            result.rejectValue("budget", "order.budget.invalid");
        }
        if (!result.hasErrors()) {
            try {
                OrderSummary created = orders.create(collaborationId, form.toCommand(budget.orElseThrow()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/needs/orders/" + created.id();
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        choices(collaborationId, model);
        return "needs/order/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CollaborationAccess access = reader();
        OrderSummary order = visible(access, id);
        if (!model.containsAttribute("offerForm")) {
            model.addAttribute("offerForm", OfferForm.empty(order));
        }
        return page(access, order, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        OrderSummary order = orders.order(collaborationId, id);
        if (order.status() != OrderStatus.DRAFT) {
            redirect.addFlashAttribute("refused", "order.update.notDraft");
            return "redirect:/needs/orders/" + id;
        }
        model.addAttribute("order", order);
        model.addAttribute("orderForm", OrderForm.from(order));
        choices(collaborationId, model);
        return "needs/order/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("orderForm") OrderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        OrderSummary order = orders.order(collaborationId, id);
        Optional<Nok> budget = Nok.parse(form.budget() == null ? "" : form.budget());
        if (budget.isEmpty() && !result.hasFieldErrors("budget") && result.getTarget() != null) {
            result.rejectValue("budget", "order.budget.invalid");
        }
        if (!result.hasErrors()) {
            try {
                orders.update(collaborationId, id, form.toCommand(budget.orElseThrow()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/needs/orders/" + id;
            } catch (InvalidInput e) {
                e.addTo(result);
            }
        }
        model.addAttribute("order", order);
        choices(collaborationId, model);
        return "needs/order/edit";
    }

    @PostMapping("/{id}/status")
    String step(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable OrderStatus to,
            RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        orders.order(collaborationId, id);
        try {
            if (to == null) {
                throw new InvalidInput("status", "order.step.notAllowed");
            }
            OrderSummary after = orders.step(collaborationId, id, to);
            redirect.addFlashAttribute("stepped", after.status().messageKey());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/needs/orders/" + id;
    }

    @PostMapping("/{id}/activity")
    String activity(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID collaborationId = coordinator();
        try {
            orders.createActivity(collaborationId, id);
            redirect.addFlashAttribute("activityCreated", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("refused", e.errors().getFirst().messageKey());
        }
        return "redirect:/needs/orders/" + id;
    }

    @PostMapping("/{id}/offer")
    String offer(
            @PathVariable UUID id,
            @Valid @ModelAttribute("offerForm") OfferForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = tenancy.require(Role.PARTNER);
        UUID provider = access.requireOrganisation();
        OrderSummary order = orders.orderFor(access.collaborationId(), provider, id);
        Optional<Nok> price = Nok.parse(form.price() == null ? "" : form.price());
        if (price.isEmpty() && !result.hasFieldErrors("price") && result.getTarget() != null) {
            result.rejectValue("price", "order.budget.invalid");
        }
        if (!result.hasErrors()) {
            try {
                orders.offer(access.collaborationId(), provider, id, form.toCommand(price.orElseThrow()));
                redirect.addFlashAttribute("offered", true);
                return "redirect:/needs/orders/" + id;
            } catch (InvalidInput e) {
                if (e.errors().getFirst().messageKey().equals("order.offer.notAwaited")) {
                    // a second submit: the offer stands as first given
                    redirect.addFlashAttribute("refused", "order.offer.notAwaited");
                    return "redirect:/needs/orders/" + id;
                }
                e.addTo(result);
            }
        }
        return page(access, order, model);
    }

    // --- attachments: the coordinator and the provider's partners, on the orders each may see

    @PostMapping("/{id}/attachments")
    String attach(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        CollaborationAccess access = reader();
        UUID provider = attacher(access);
        OrderSummary order = visible(access, id);
        try {
            if (file == null) {
                throw new InvalidInput("file", "upload.required");
            }
            LoktaUser user = tenancy.requireUser();
            AttachmentSummary attached = orders.attach(
                    access.collaborationId(),
                    provider,
                    id,
                    new AttachmentCommand(
                            Optional.ofNullable(file.getOriginalFilename()).orElse(""),
                            file.getBytes(),
                            user.accountId(),
                            user.displayName()));
            redirect.addFlashAttribute("attached", attached.fileName());
            return "redirect:/needs/orders/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("attachmentProblem", e.errors().getFirst());
        } catch (IOException e) {
            model.addAttribute(
                    "attachmentProblem", new InvalidInput.FieldProblem("file", "order.attachment.unreadable"));
        }
        if (!model.containsAttribute("offerForm")) {
            model.addAttribute("offerForm", OfferForm.empty(order));
        }
        return page(access, order, model);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        CollaborationAccess access = reader();
        AttachmentFile file = orders.attachment(access.collaborationId(), attacher(access), id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.summary().contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        contentDisposition(file.summary().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/{id}/attachments/{attachmentId}/delete")
    String detach(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
        CollaborationAccess access = reader();
        AttachmentSummary removed = orders.detach(access.collaborationId(), attacher(access), id, attachmentId);
        redirect.addFlashAttribute("detached", removed.fileName());
        return "redirect:/needs/orders/" + id;
    }

    /** Null for a coordinator, who sees every order of the collaboration; else the partner's provider. */
    private static @Nullable UUID attacher(CollaborationAccess access) {
        return access.has(Role.COORDINATOR) ? null : access.requireOrganisation();
    }

    /**
     * {@code attachment} with a plain ASCII name for old clients and the real name as an RFC 5987
     * {@code filename*}, so that no name can break out of the header.
     */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints()
                .forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c < 0x80 && Character.isLetterOrDigit(c)) || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private OrderSummary visible(CollaborationAccess access, UUID id) {
        if (access.has(Role.COORDINATOR)) {
            return orders.order(access.collaborationId(), id);
        }
        return orders.orderFor(access.collaborationId(), access.requireOrganisation(), id);
    }

    private String page(CollaborationAccess access, OrderSummary order, Model model) {
        boolean coordinator = access.has(Role.COORDINATOR);
        model.addAttribute("order", order);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute(
                "steps",
                coordinator
                        ? order.status().next().stream()
                                .filter(s -> s != OrderStatus.OFFER_RECEIVED)
                                .sorted()
                                .toList()
                        : List.of());
        model.addAttribute("mayOffer", !coordinator && order.status() == OrderStatus.SENT);
        List<NeedSummary> behind = needs.needs(access.collaborationId(), new LinkedHashSet<>(order.needIds()));
        model.addAttribute("needs", behind);
        model.addAttribute("attachments", orders.attachments(access.collaborationId(), attacher(access), order.id()));
        model.addAttribute("maxAttachmentMb", OrderManagement.MAX_ATTACHMENT_BYTES / (1024 * 1024));
        return "needs/order/show";
    }

    private void choices(UUID collaborationId, Model model) {
        model.addAttribute("providers", orders.providers(collaborationId));
        model.addAttribute(
                "openNeeds",
                needs.needs(collaborationId, new NeedFilter(null, null, null, false)).stream()
                        .filter(n -> n.status() == NeedStatus.OPEN || n.status() == NeedStatus.ORDERED)
                        .toList());
        model.addAttribute("modes", DeliveryMode.values());
    }
}
