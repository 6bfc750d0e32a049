package no.lokta.knowledge.discussion.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import no.lokta.knowledge.discussion.Attachment;
import no.lokta.knowledge.discussion.AttachmentFile;
import no.lokta.knowledge.discussion.DiscussionManagement;
import no.lokta.knowledge.discussion.PostSummary;
import no.lokta.knowledge.discussion.ThreadSummary;
import no.lokta.knowledge.discussion.Writer;
import no.lokta.platform.files.Uploads;
import no.lokta.platform.security.CollaborationAccess;
import no.lokta.platform.security.LoktaUser;
import no.lokta.platform.security.Role;
import no.lokta.platform.security.Tenancy;
import no.lokta.platform.web.Forms;
import no.lokta.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The networks' discussion spaces: the overview, a network's threads, a thread with its posts and
 * the reply form, and the moderators' hide, restore and lock. Everyone with a role in the
 * collaboration reads and writes; the network's resource group and the coordinators moderate.
 */
@Controller
class DiscussionController {

    static final Role[] MEMBERS = Role.values();

    private final DiscussionManagement discussions;
    private final Tenancy tenancy;

    DiscussionController(DiscussionManagement discussions, Tenancy tenancy) {
        this.discussions = discussions;
        this.tenancy = tenancy;
    }

    /** The person with a role in the current collaboration, as a writer. */
    private Signed signed() {
        CollaborationAccess access = tenancy.require(MEMBERS);
        LoktaUser user = tenancy.requireUser();
        return new Signed(
                access.collaborationId(),
                new Writer(user.accountId(), user.displayName(), access.has(Role.COORDINATOR)));
    }

    private record Signed(UUID collaborationId, Writer writer) {}

    private static String base(UUID networkId) {
        return "/knowledge/networks/" + networkId + "/discussion";
    }

    private static String threadPath(UUID networkId, UUID threadId) {
        return base(networkId) + "/threads/" + threadId;
    }

    @GetMapping("/knowledge/discussions")
    String spaces(Model model) {
        model.addAttribute("spaces", discussions.spaces(signed().collaborationId()));
        return "knowledge/discussion/list";
    }

    @GetMapping("/knowledge/networks/{networkId}/discussion")
    String network(@PathVariable UUID networkId, Model model) {
        Signed s = signed();
        model.addAttribute("network", discussions.network(s.collaborationId(), networkId));
        model.addAttribute("threads", discussions.threads(s.collaborationId(), networkId));
        model.addAttribute("moderator", discussions.moderates(s.collaborationId(), networkId, s.writer()));
        return "knowledge/discussion/network";
    }

    @GetMapping("/knowledge/networks/{networkId}/discussion/new")
    String newThread(@PathVariable UUID networkId, Model model) {
        Signed s = signed();
        model.addAttribute("threadForm", ThreadForm.empty());
        return threadFormPage(s.collaborationId(), networkId, model);
    }

    @PostMapping("/knowledge/networks/{networkId}/discussion")
    String create(
            @PathVariable UUID networkId,
            @Valid @ModelAttribute("threadForm") ThreadForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Signed s = signed();
        discussions.network(s.collaborationId(), networkId);
        UUID[] created = new UUID[1];
        if (Forms.saved(
                result,
                redirect,
                () -> created[0] = discussions
                        .start(s.collaborationId(), networkId, s.writer(), form.toCommand(), attachment(form.file()))
                        .id())) {
            return "redirect:" + threadPath(networkId, created[0]);
        }
        return threadFormPage(s.collaborationId(), networkId, model);
    }

    private String threadFormPage(UUID c, UUID networkId, Model model) {
        model.addAttribute("network", discussions.network(c, networkId));
        model.addAttribute("maxMb", Uploads.MAX_BYTES / (1024 * 1024));
        return "knowledge/discussion/thread-form";
    }

    @GetMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}")
    String show(@PathVariable UUID networkId, @PathVariable UUID threadId, Model model) {
        Signed s = signed();
        model.addAttribute("replyForm", ReplyForm.empty());
        return threadPage(s, networkId, threadId, model);
    }

    @PostMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}/replies")
    String reply(
            @PathVariable UUID networkId,
            @PathVariable UUID threadId,
            @Valid @ModelAttribute("replyForm") ReplyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Signed s = signed();
        ThreadSummary thread = discussions.thread(s.collaborationId(), networkId, threadId);
        if (thread.locked()) {
            result.reject("discussion.thread.locked");
            return threadPage(s, networkId, threadId, model);
        }
        PostSummary[] created = new PostSummary[1];
        if (Forms.saved(
                result,
                redirect,
                () -> created[0] = discussions.reply(
                        s.collaborationId(),
                        networkId,
                        threadId,
                        s.writer(),
                        form.textOrEmpty(),
                        attachment(form.file())))) {
            return "redirect:" + threadPath(networkId, threadId) + "#post-" + created[0].id();
        }
        return threadPage(s, networkId, threadId, model);
    }

    private String threadPage(Signed s, UUID networkId, UUID threadId, Model model) {
        UUID c = s.collaborationId();
        model.addAttribute("network", discussions.network(c, networkId));
        model.addAttribute("thread", discussions.thread(c, networkId, threadId));
        model.addAttribute("posts", discussions.posts(c, networkId, threadId, s.writer()));
        model.addAttribute(
                "following",
                discussions.follows(c, networkId, threadId, s.writer().accountId()));
        model.addAttribute("moderator", discussions.moderates(c, networkId, s.writer()));
        model.addAttribute("maxMb", Uploads.MAX_BYTES / (1024 * 1024));
        return "knowledge/discussion/thread";
    }

    @PostMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}/follow")
    String follow(@PathVariable UUID networkId, @PathVariable UUID threadId, RedirectAttributes redirect) {
        Signed s = signed();
        discussions.follow(s.collaborationId(), networkId, threadId, s.writer().accountId(), true);
        redirect.addFlashAttribute("followed", true);
        return "redirect:" + threadPath(networkId, threadId);
    }

    @PostMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}/unfollow")
    String unfollow(@PathVariable UUID networkId, @PathVariable UUID threadId, RedirectAttributes redirect) {
        Signed s = signed();
        discussions.follow(s.collaborationId(), networkId, threadId, s.writer().accountId(), false);
        redirect.addFlashAttribute("unfollowed", true);
        return "redirect:" + threadPath(networkId, threadId);
    }

    @PostMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}/lock")
    String lock(@PathVariable UUID networkId, @PathVariable UUID threadId, RedirectAttributes redirect) {
        Signed s = signed();
        discussions.setLocked(s.collaborationId(), networkId, threadId, s.writer(), true);
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + threadPath(networkId, threadId);
    }

    @PostMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}/unlock")
    String unlock(@PathVariable UUID networkId, @PathVariable UUID threadId, RedirectAttributes redirect) {
        Signed s = signed();
        discussions.setLocked(s.collaborationId(), networkId, threadId, s.writer(), false);
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + threadPath(networkId, threadId);
    }

    @GetMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}/posts/{postId}/hide")
    String hideForm(@PathVariable UUID networkId, @PathVariable UUID threadId, @PathVariable UUID postId, Model model) {
        Signed s = signed();
        if (!discussions.moderates(s.collaborationId(), networkId, s.writer())) {
            throw new no.lokta.knowledge.discussion.NotAModerator();
        }
        model.addAttribute("hideForm", HideForm.empty());
        return hidePage(s.collaborationId(), networkId, threadId, postId, model);
    }

    @PostMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}/posts/{postId}/hide")
    String hide(
            @PathVariable UUID networkId,
            @PathVariable UUID threadId,
            @PathVariable UUID postId,
            @Valid @ModelAttribute("hideForm") HideForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Signed s = signed();
        if (!discussions.moderates(s.collaborationId(), networkId, s.writer())) {
            throw new no.lokta.knowledge.discussion.NotAModerator();
        }
        discussions.post(s.collaborationId(), networkId, threadId, postId);
        if (Forms.saved(
                result,
                redirect,
                () -> discussions.hide(
                        s.collaborationId(), networkId, threadId, postId, s.writer(), form.reasonOrEmpty()))) {
            return "redirect:" + threadPath(networkId, threadId) + "#post-" + postId;
        }
        return hidePage(s.collaborationId(), networkId, threadId, postId, model);
    }

    private String hidePage(UUID c, UUID networkId, UUID threadId, UUID postId, Model model) {
        model.addAttribute("network", discussions.network(c, networkId));
        model.addAttribute("thread", discussions.thread(c, networkId, threadId));
        model.addAttribute("post", discussions.post(c, networkId, threadId, postId));
        return "knowledge/discussion/hide";
    }

    @PostMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}/posts/{postId}/restore")
    String restore(
            @PathVariable UUID networkId,
            @PathVariable UUID threadId,
            @PathVariable UUID postId,
            RedirectAttributes redirect) {
        Signed s = signed();
        discussions.restore(s.collaborationId(), networkId, threadId, postId, s.writer());
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + threadPath(networkId, threadId) + "#post-" + postId;
    }

    @GetMapping("/knowledge/networks/{networkId}/discussion/threads/{threadId}/posts/{postId}/attachment")
    ResponseEntity<byte[]> download(
            @PathVariable UUID networkId, @PathVariable UUID threadId, @PathVariable UUID postId) {
        Signed s = signed();
        AttachmentFile file = discussions.attachment(s.collaborationId(), networkId, threadId, postId, s.writer());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The file sent with a post, or none when the file field was left empty. */
    private static @Nullable Attachment attachment(@Nullable MultipartFile file) {
        if (file == null
                || (file.isEmpty()
                        && Optional.ofNullable(file.getOriginalFilename())
                                .orElse("")
                                .isBlank())) {
            return null;
        }
        try {
            return new Attachment(
                    Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes());
        } catch (IOException e) {
            throw new InvalidInput(Uploads.FIELD, "discussion.file.unreadable");
        }
    }
}
