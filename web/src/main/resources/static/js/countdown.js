// Keeps every .countdown ticking toward its data-closes-at (epoch millis).
(function () {
    function pad(n) {
        return n < 10 ? '0' + n : '' + n;
    }

    function render(el) {
        var left = Number(el.dataset.closesAt) - Date.now();
        if (left <= 0) {
            el.textContent = el.dataset.closedText;
            return false;
        }
        var s = Math.floor(left / 1000);
        var days = Math.floor(s / 86400);
        var clock = pad(Math.floor(s % 86400 / 3600)) + ':' + pad(Math.floor(s % 3600 / 60)) + ':' + pad(s % 60);
        el.textContent = (days > 0 ? el.dataset.daysText.replace('{0}', days) + ' ' : '') + clock;
        return true;
    }

    function tick() {
        document.querySelectorAll('.countdown[data-closes-at]').forEach(render);
    }

    tick();
    setInterval(tick, 1000);
})();
