// The rule form shows only the list of the chosen scope's targets; without script every list shows, each labelled.
(function () {
    var scope = document.querySelector('[data-rule-scope]');
    if (!scope) {
        return;
    }
    function show() {
        document.querySelectorAll('[data-rule-target]').forEach(function (target) {
            target.hidden = target.getAttribute('data-rule-target') !== scope.value;
        });
    }
    scope.addEventListener('change', show);
    show();
})();
