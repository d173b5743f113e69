// Draws each chart from its table: a table[data-chart] names its canvas and type; its row headers are the
// labels, and each column headed th[data-series] a series of the cells' data-value (data-axis="y1": a
// second scale, for orders beside money). Without script, or for screen readers, the table is the chart.
(function () {
    if (typeof Chart === 'undefined') {
        return;
    }
    var colours = ['#e8590c', '#1971c2', '#2f9e44', '#f08c00', '#862e9c', '#c2255c', '#0c8599', '#5c940d',
        '#495057', '#d6336c', '#3b5bdb', '#e67700'];
    document.querySelectorAll('table[data-chart]').forEach(function (table) {
        var canvas = document.getElementById(table.getAttribute('data-chart-canvas'));
        if (!canvas) {
            return;
        }
        var type = table.getAttribute('data-chart');
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
        var datasets = [];
        headers.forEach(function (header, column) {
            if (!header.hasAttribute('data-series')) {
                return;
            }
            var axis = header.getAttribute('data-axis');
            datasets.push({
                label: header.textContent.trim(),
                data: rows.map(function (row) {
                    return Number(row.cells[column].getAttribute('data-value'));
                }),
                yAxisID: axis || 'y',
                borderColor: type === 'doughnut' ? undefined : colours[datasets.length],
                backgroundColor: type === 'doughnut' ? colours : colours[datasets.length]
            });
        });
        var scales = {};
        if (type !== 'doughnut') {
            scales.y = {beginAtZero: true, position: 'left'};
            if (datasets.some(function (set) { return set.yAxisID === 'y1'; })) {
                scales.y1 = {beginAtZero: true, position: 'right', grid: {drawOnChartArea: false}};
            }
        }
        new Chart(canvas, {
            type: type,
            data: {
                labels: rows.map(function (row) {
                    return row.cells[0].textContent.trim();
                }),
                datasets: datasets
            },
            options: {
                indexAxis: type === 'bar' ? 'y' : 'x',
                maintainAspectRatio: false,
                animation: false,
                scales: scales,
                plugins: {legend: {display: type !== 'bar'}}
            }
        });
    });
})();
