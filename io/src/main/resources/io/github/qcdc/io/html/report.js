(function(){
  "use strict";
  var collator = new Intl.Collator(document.documentElement.lang || "vi", {numeric: true, sensitivity: "base"});
  function rowsOf(table){ return Array.prototype.slice.call(table.tBodies[0].rows); }
  function sortBy(table, column, header){
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var headers = table.tHead.rows[0].cells;
    for (var i = 0; i < headers.length; i++) { headers[i].removeAttribute("aria-sort"); }
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = rowsOf(table).map(function(row, index){ return {row: row, key: row.cells[column].textContent, index: index}; });
    rows.sort(function(a, b){ var c = collator.compare(a.key, b.key); return (ascending ? c : -c) || a.index - b.index; });
    var body = document.createDocumentFragment();
    rows.forEach(function(r){ body.appendChild(r.row); });
    table.tBodies[0].appendChild(body);
  }
  function filter(table, text, count){
    var words = text.toLocaleLowerCase().split(/\s+/).filter(function(w){ return w.length > 0; });
    var shown = 0;
    rowsOf(table).forEach(function(row){
      var content = row.textContent.toLocaleLowerCase();
      var keep = words.every(function(w){ return content.indexOf(w) >= 0; });
      row.hidden = !keep;
      if (keep) { shown++; }
    });
    count.textContent = shown.toLocaleString(document.documentElement.lang) + " " + table.getAttribute("data-shown-label");
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.subjects"), function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function(header, column){
      header.tabIndex = 0;
      header.addEventListener("click", function(){ sortBy(table, column, header); });
      header.addEventListener("keydown", function(e){ if (e.key === "Enter") { sortBy(table, column, header); } });
    });
    var box = document.createElement("div");
    box.className = "filter";
    var label = document.createElement("label");
    label.textContent = table.getAttribute("data-filter-label") + ": ";
    var input = document.createElement("input");
    input.type = "search";
    var count = document.createElement("span");
    count.className = "note";
    label.appendChild(input);
    box.appendChild(label);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(count);
    table.parentNode.insertBefore(box, table);
    input.addEventListener("input", function(){ filter(table, input.value, count); });
    filter(table, "", count);
  });
})();
