// The screening form by dimension (issue 15 item 7): one step per dimension of the indicator catalogue, a DSFR
// stepper showing the progress, and a last step summing up the ticked indicators before "Show the verdict" and
// "Save". Progressive enhancement: without JavaScript every dimension is shown and the whole form posts as before;
// with it, the steps only hide fieldsets, so every ticked box is still posted at once.
(function () {
    const form = document.querySelector("form[data-steps]");
    if (!form) {
        return;
    }

    const steps = Array.from(form.querySelectorAll("[data-step]"));
    const summary = form.querySelector("[data-step-summary]");
    const stepper = form.querySelector("[data-stepper]");
    const nav = form.querySelector("[data-step-nav]");
    const actions = form.querySelector("[data-step-actions]");
    const previous = nav.querySelector("[data-previous]");
    const next = nav.querySelector("[data-next]");
    const titles = steps.map(step => step.dataset.title).concat([summary.dataset.title]);
    const total = titles.length;

    function label(input) {
        const text = form.querySelector("label[for='" + input.id + "']");
        return text && text.firstChild ? text.firstChild.textContent.trim() : input.value;
    }

    function fillSummary() {
        const list = summary.querySelector("[data-summary-list]");
        list.replaceChildren();
        steps.forEach(step => {
            const ticked = Array.from(step.querySelectorAll("input[type=checkbox]:checked"));
            const item = document.createElement("li");
            const title = document.createElement("strong");
            title.textContent = step.dataset.title + " : " + ticked.length;
            item.appendChild(title);
            if (ticked.length > 0) {
                const inner = document.createElement("ul");
                ticked.forEach(input => {
                    const line = document.createElement("li");
                    line.textContent = label(input);
                    inner.appendChild(line);
                });
                item.appendChild(inner);
            }

            list.appendChild(item);
        });
    }

    function show(index, focus) {
        const atSummary = index === steps.length;
        steps.forEach((step, i) => { step.hidden = i !== index; });
        summary.hidden = !atSummary;
        actions.hidden = !atSummary;
        previous.hidden = index === 0;
        next.hidden = atSummary;
        stepper.querySelector("[data-step-title]").textContent = titles[index];
        stepper.querySelector("[data-step-state]").textContent = stepper.dataset.state.replace("{0}", index + 1).replace("{1}", total);
        const bar = stepper.querySelector(".fr-stepper__steps");
        bar.setAttribute("data-fr-current-step", index + 1);
        bar.setAttribute("data-fr-steps", total);
        const following = stepper.querySelector("[data-step-following]");
        following.hidden = atSummary;
        following.querySelector("[data-step-next]").textContent = atSummary ? "" : titles[index + 1];
        if (atSummary) {
            fillSummary();
        }

        current = index;
        if (focus) {
            stepper.querySelector("[data-step-title]").focus();
        }
    }

    let current = 0;
    stepper.hidden = false;
    nav.hidden = false;
    previous.addEventListener("click", () => show(Math.max(0, current - 1), true));
    next.addEventListener("click", () => show(Math.min(steps.length, current + 1), true));
    // Back from "Show the verdict" or with errors: open on the summary, next to the verdict.
    show(form.dataset.steps === "summary" ? steps.length : 0, false);
}());
